import * as fs from 'node:fs/promises';

const POLL_MS = 50;

/**
 * End-to-end tests only: `PRAXIS_TEST_LOAD_GATE=<file>` holds the first read of the notes after
 * `PRAXIS_TEST_LOAD_GATE_AFTER` notes (default 0) until `<file>` exists, so that a test sees the
 * page while the vault is still loading without depending on how fast this machine reads.
 * Undefined when the variable is not set (always, outside tests).
 */
export function testLoadGate(env: NodeJS.ProcessEnv): ((rel: string) => Promise<void>) | undefined {
  const file = env.PRAXIS_TEST_LOAD_GATE;
  if (!file) return undefined;
  const after = Number(env.PRAXIS_TEST_LOAD_GATE_AFTER ?? '0');
  let passed = 0;
  let open = false;
  return async () => {
    if (open || passed++ < after) return;
    while (!open) {
      open = await fs.stat(file).then(
        () => true,
        () => false,
      );
      if (!open) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };
}
