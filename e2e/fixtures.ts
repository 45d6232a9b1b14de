import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { test as base, expect, type BrowserContext } from '@playwright/test';

export interface PraxisHarness {
  /**
   * The address printed by `npm run web`, token included: opening it in a page trades the token
   * for the harness's session cookie (and redirects to `origin`), after which the page's calls
   * and file URLs carry no token.
   */
  url: string;
  origin: string;
  /** For calls from the test itself: `Authorization: Bearer <token>`. */
  token: string;
  /** The vault folder on disk. */
  vault: string;
  /** Absolute path of a file in the vault. */
  file(rel: string): string;
  /**
   * This test's profile folder (PRAXIS_PROFILE: the department identity), never the real
   * user's; packs and keys the page saves go into its `exports/` folder.
   */
  profile: string;
}

interface HarnessOptions {
  /** Seed the vault with the sample vault (default) or start from an empty folder. */
  sample: boolean;
  /** Files to put in the vault before the app starts. */
  vaultFiles: Record<string, string>;
  /** More environment for the harness (e.g. its test-only load gate, main/http/testLoadGate). */
  harnessEnv: Record<string, string>;
  /** The language a new vault's sample notes, templates and domains are written in (`--lang`). */
  seedLanguage: string;
}

/** Origins of the harnesses a test started: the only places its pages may send requests to. */
type AppOrigins = Set<string>;

/**
 * Requests `context` makes (every page and popup in it, blocked ones included) that go
 * anywhere but `appOrigins`: the list fills in as they happen. `data:` and `blob:` stay in memory.
 */
export function requestsOutsideTheApp(context: BrowserContext, appOrigins: AppOrigins): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(?:data|blob):/i.test(url) || appOrigins.has(new URL(url).origin)) return;
    outside.push(`${request.method()} ${url}`);
  });
  return outside;
}

/**
 * Starts the web harness on a fresh temp vault for one test, exactly as `npm run web` does
 * (the built dist/node/web.cjs), and stops it afterwards. Every test's browser context is
 * watched: Praxis never uses the network, so a request to anywhere but the harness fails the test.
 */
export const test = base.extend<HarnessOptions & { praxis: PraxisHarness; appOrigins: AppOrigins }>(
  {
    sample: [true, { option: true }],
    vaultFiles: [{}, { option: true }],
    harnessEnv: [{}, { option: true }],
    seedLanguage: ['en', { option: true }],
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from it
    appOrigins: async ({}, use) => use(new Set()),
    context: async ({ context, appOrigins }, use) => {
      const outside = requestsOutsideTheApp(context, appOrigins);
      await use(context);
      expect(outside, 'requests to somewhere other than the app').toEqual([]);
    },
    praxis: async ({ sample, vaultFiles, harnessEnv, seedLanguage, appOrigins }, use) => {
      const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-e2e-'));
      const vault = path.join(temp, 'vault');
      const profile = path.join(temp, 'profile');
      for (const [rel, content] of Object.entries(vaultFiles)) {
        await fs.mkdir(path.dirname(path.join(vault, rel)), { recursive: true });
        await fs.writeFile(path.join(vault, rel), content);
      }
      const child = spawn(
        process.execPath,
        [
          'dist/node/web.cjs',
          '--vault',
          vault,
          '--lang',
          seedLanguage,
          ...(sample ? [] : ['--no-sample']),
        ],
        {
          env: {
            ...process.env,
            PRAXIS_VALIDATE_RESULTS: '1',
            PRAXIS_PROFILE: profile,
            ...harnessEnv,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const url = await waitForUrl(child);
      const parsed = new URL(url);
      appOrigins.add(parsed.origin);
      await use({
        url,
        origin: parsed.origin,
        token: parsed.searchParams.get('token')!,
        vault,
        file: (rel) => path.join(vault, ...rel.split('/')),
        profile,
      });
      const exited =
        child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      await fs.rm(temp, { recursive: true, force: true });
    },
  },
);

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    child.once('exit', (code) => reject(new Error(`harness exited (${code}):\n${output}`)));
  });
}

export { expect };
