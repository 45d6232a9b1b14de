import path from 'node:path';
import { afterEach } from 'vitest';
import type { ApiErrorShape } from '../../shared/api/apiError';
import type { ApiEvent } from '../../shared/api/events';
import type { MethodArgs, MethodName, MethodResult } from '../../shared/api/contract';
import { openPraxisCore, type OpenCoreOptions, type PraxisCore } from '../../main/core/praxisCore';
import { makeTempVault, writeFiles } from './tempVault';

export interface TestCore {
  core: PraxisCore;
  /** The vault's real path. */
  root: string;
  /** Calls a method the way both transports do (through the dispatcher); throws `{ code, message, data }`. */
  call<M extends MethodName>(method: M, args?: MethodArgs<M>): Promise<MethodResult<M>>;
  /** Every event the core has sent. */
  events: ApiEvent[];
  /** Closes the core and opens it again on the same folder. */
  reopen(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A core on a temporary vault holding `files` (no sample, no watcher, results checked against the
 * contract). Close it with `close()`, which also deletes the folder.
 */
export async function openTestCore(
  files: Record<string, string | Uint8Array> = {},
  options: Omit<OpenCoreOptions, 'vaultPath'> = {},
): Promise<TestCore> {
  const temp = await makeTempVault();
  const vaultPath = path.join(temp.root, 'vault');
  await writeFiles(vaultPath, files);
  const open = () =>
    openPraxisCore({ vaultPath, seed: false, watch: false, validateResults: true, ...options });
  const events: ApiEvent[] = [];
  let core = await open();
  let unsubscribe = core.subscribe((event) => events.push(event));
  const result: TestCore = {
    core,
    root: core.vaultPath,
    events,
    async call(method, args) {
      const response = await result.core.dispatch(method, args ?? {});
      if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
      return response.value as never;
    },
    async reopen() {
      unsubscribe();
      await result.core.close();
      core = await open();
      unsubscribe = core.subscribe((event) => events.push(event));
      result.core = core;
    },
    async close() {
      unsubscribe();
      await result.core.close();
      await temp.cleanup();
    },
  };
  return result;
}

/**
 * Test cores opened in a `describe` block, each closed (and its folder deleted) after the test
 * that opened it:
 *
 *   const open = openTestCores({ now });
 *   it('…', async () => { const t = await open({ 'a.md': '# A' }); … });
 */
export function openTestCores(
  defaults: Omit<OpenCoreOptions, 'vaultPath'> = {},
): (
  files?: Record<string, string | Uint8Array>,
  options?: Omit<OpenCoreOptions, 'vaultPath'>,
) => Promise<TestCore> {
  const opened: TestCore[] = [];
  afterEach(async () => {
    for (const t of opened.splice(0)) await t.close();
  });
  return async (files = {}, options = {}) => {
    const t = await openTestCore(files, { ...defaults, ...options });
    opened.push(t);
    return t;
  };
}

/** The `{ code, message, data }` a call fails with; fails the test if it succeeds. */
export async function failureOf(promise: Promise<unknown>): Promise<ApiErrorShape> {
  try {
    await promise;
  } catch (error) {
    return error as ApiErrorShape;
  }
  throw new Error('expected the call to fail');
}
