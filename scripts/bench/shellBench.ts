/// <reference lib="dom" />
/**
 * How the app shell feels with a big vault: builds a vault of N notes from the tldr-pages corpus
 * (copied into a temp folder; the corpus is never written), serves it with the built web harness
 * and drives Chromium through what a user does first, printing the figures.
 *
 *   npm run build && npx tsx scripts/bench/shellBench.ts [--notes 10000] [--corpus DIR]
 *
 * Figures are wall-clock times in the page (performance.now), median of several runs where it
 * makes sense; no thresholds — compare before and after a change.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { corporaDir } from './benchCorpus';

const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '10000' },
    corpus: { type: 'string', default: path.join(corporaDir, 'tldr-pages/pages') },
  },
});
const wanted = Number(values.notes);

async function listMarkdown(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listMarkdown(full)));
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out.sort();
}

/** Copies corpus pages into `vault` until it holds `count` notes (later rounds in copy-N/). */
async function buildVault(vault: string, count: number): Promise<void> {
  const pages = await listMarkdown(values.corpus!);
  if (pages.length === 0) throw new Error(`No markdown in ${values.corpus}`);
  for (let i = 0; i < count; i++) {
    const source = pages[i % pages.length]!;
    const round = Math.floor(i / pages.length);
    const rel = path.relative(values.corpus!, source);
    const target = path.join(vault, round === 0 ? '' : `copy-${round}`, rel);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(source, target);
  }
}

async function listFolders(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(path.join(root, rel), { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    out.push(child, ...(await listFolders(root, child)));
  }
  return out;
}

function startHarness(vault: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, '../../dist/node/web.cjs'), '--vault', vault, '--no-sample'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(output);
      if (match) resolve({ url: match[1]!, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`harness exited (${code}): ${output}`)));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Time from a key press until `ready` (an expression) holds, measured in the page. */
async function timeKey(
  page: Page,
  key: string,
  ready: string,
  ctrl = false,
  shift = false,
): Promise<number> {
  return page.evaluate(
    async ({ key, ready, ctrl, shift }) => {
      const check = new Function(`return (${ready})`) as () => boolean;
      const start = performance.now();
      const target = document.activeElement ?? document.body;
      const code = key.length === 1 ? `Key${key.toUpperCase()}` : key;
      target.dispatchEvent(
        new KeyboardEvent('keydown', {
          key,
          code,
          ctrlKey: ctrl,
          shiftKey: shift,
          bubbles: true,
          cancelable: true,
        }),
      );
      while (!check()) await new Promise(requestAnimationFrame);
      return performance.now() - start;
    },
    { key, ready, ctrl, shift },
  );
}

async function main(): Promise<void> {
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-bench-shell-'));
  const vault = path.join(temp, 'vault');
  console.log(`building a vault of ${wanted} notes in ${vault}…`);
  await buildVault(vault, wanted);
  const startedAt = Date.now();
  const harness = await startHarness(vault);
  console.log(`harness ready in ${Date.now() - startedAt} ms (core opened the vault)`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const t0 = Date.now();
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Toggle sidebar' }).waitFor();
    const shellShown = Date.now() - t0;
    await page.getByRole('tree', { name: 'Notes by folder' }).waitFor();
    const treeShown = Date.now() - t0;
    const statusText = await page.locator('.status-bar').textContent();
    console.log(`shell visible after ${shellShown} ms, tree of notes after ${treeShown} ms`);
    console.log(`status bar: ${statusText}`);

    // Every folder expanded (as remembered in the settings), then walk the tree by keyboard.
    const folderIds = (await listFolders(vault)).map((rel) => `folder:${rel}`);
    const token = new URL(harness.url).searchParams.get('token');
    await page.request.post(new URL('/api/settings.update', harness.url).href, {
      headers: { Authorization: `Bearer ${token}` },
      data: { ui: { filesExpanded: folderIds } },
    });
    await page.reload();
    await page.getByRole('tree', { name: 'Notes by folder' }).waitFor();
    const rows = await page.evaluate(
      () => document.querySelector('[role="tree"]')!.scrollHeight / 26,
    );
    const rendered = await page.getByRole('treeitem').count();
    console.log(`tree: ${Math.round(rows)} rows after expanding folders, ${rendered} rendered`);
    await page.getByRole('treeitem').first().focus();
    const down: number[] = [];
    for (let i = 0; i < 15; i++)
      down.push(
        await timeKey(
          page,
          'ArrowDown',
          `document.activeElement.getAttribute('data-index') === '${i + 1}'`,
        ),
      );
    const end = await timeKey(
      page,
      'End',
      `document.activeElement.getAttribute('data-index') === '${Math.round(rows) - 1}'`,
    );
    console.log(`tree ArrowDown: median ${ms(median(down))}; End (to row ${rows}): ${ms(end)}`);

    // Quick switcher: open (its index was prepared in the background), then type a query.
    await page.waitForTimeout(3000);
    const open = await timeKey(page, 'o', `!!document.querySelector('[role="option"]')`, true);
    console.log(`quick switcher open, recent notes listed: ${ms(open)}`);
    const perKey: number[] = [];
    let typed = '';
    for (const char of 'docker compose') {
      typed += char;
      perKey.push(
        await page.evaluate(async (text) => {
          const box = document.querySelector<HTMLInputElement>('[role="combobox"]')!;
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
          const start = performance.now();
          setter.set!.call(box, text);
          box.dispatchEvent(new Event('input', { bubbles: true }));
          const wantedText = text.trim();
          // Wait until the list shows results for this query (React re-rendered).
          while (!document.querySelector('[role="option"] mark') && wantedText)
            await new Promise(requestAnimationFrame);
          await new Promise(requestAnimationFrame);
          return performance.now() - start;
        }, typed),
      );
    }
    const first = await page.getByRole('option').first().textContent();
    console.log(
      `quick switcher per keystroke: median ${ms(median(perKey))}, max ${ms(Math.max(...perKey))} (${perKey.map((x) => x.toFixed(0)).join(', ')}); best match for "${typed}": ${first}`,
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.title.includes('docker'));

    // Search view: wait for the index (built at the first start), then type and narrow.
    const status = async () =>
      (
        await (
          await page.request.post(new URL('/api/search.status', harness.url).href, {
            headers: { Authorization: `Bearer ${token}` },
            data: {},
          })
        ).json()
      ).value as { state: string; notes: number; lastRefresh: { rebuilt: boolean } | null };
    while ((await status()).state !== 'ready') await page.waitForTimeout(100);
    const index = await status();
    console.log(
      `search index ready ${Date.now() - startedAt} ms after the harness started: ${index.notes} notes (${index.lastRefresh?.rebuilt ? 'built' : 'loaded'})`,
    );
    const openSearch = await timeKey(
      page,
      'F',
      `document.activeElement?.getAttribute('aria-label') === 'Search notes'`,
      true,
      true,
    );
    console.log(`search view open, box focused: ${ms(openSearch)}`);
    const searchKeys: number[] = [];
    typed = '';
    for (const char of 'git commit') {
      typed += char;
      searchKeys.push(
        await page.evaluate(async (text) => {
          const box = document.querySelector<HTMLInputElement>('.search-input')!;
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
          const start = performance.now();
          setter.set!.call(box, text);
          box.dispatchEvent(new Event('input', { bubbles: true }));
          // Results of this query are on screen: the list is no longer marked stale. (No named
          // functions in here: tsx would wrap them in a helper the page does not have.)
          await new Promise(requestAnimationFrame);
          while (
            document.querySelector('.search-hits.is-stale') ||
            !(
              document.querySelector('.search-hits [role="option"]') ||
              document.querySelector('.search-results .empty-state')
            )
          )
            await new Promise(requestAnimationFrame);
          return performance.now() - start;
        }, typed),
      );
    }
    const summary = await page.locator('.search-summary').textContent();
    console.log(
      `search view per keystroke (60 ms debounce included): median ${ms(median(searchKeys))}, max ${ms(Math.max(...searchKeys))} (${searchKeys.map((x) => x.toFixed(0)).join(', ')}); "${typed}": ${summary}`,
    );
    const chipStart = Date.now();
    await page.locator('.chip').first().click();
    await page.locator('.search-hits:not(.is-stale)').waitFor();
    console.log(`a chip narrows the results in ${Date.now() - chipStart} ms (click to results)`);
    const openStart = Date.now();
    await page.getByRole('option').first().click();
    await page.locator('.cm-flash-line').waitFor();
    console.log(`a hit opens at its match in ${Date.now() - openStart} ms`);

    // A note changed elsewhere: the whole shell follows (vault list, tree, domains, panel).
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const before = Number((await page.locator('.status-bar').textContent())!.replace(/\D/g, ''));
    const changedAt = Date.now();
    await fs.writeFile(path.join(vault, 'A new note.md'), '# A new note\n');
    await page.getByText(`${(before + 1).toLocaleString('en')} notes`).waitFor();
    const longTasks = await page.evaluate(
      () => (window as unknown as { longTasks: number[] }).longTasks,
    );
    console.log(
      `a note added outside shows in the tree after ${Date.now() - changedAt} ms (watcher included); long tasks meanwhile: ${longTasks.map((x) => x.toFixed(0)).join(', ') || 'none'}`,
    );

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (heap) console.log(`JS heap used: ${(heap / 1e6).toFixed(1)} MB`);
  } finally {
    await browser.close();
    harness.stop();
    await fs.rm(temp, { recursive: true, force: true });
  }
}

await main();
