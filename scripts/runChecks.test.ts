import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runChecks, type CheckResult } from './runChecks';

/** A shell command running `code` with this Node, arguments quoted for the shell. */
const node = (code: string, ...args: string[]) =>
  [process.execPath, '-e', code, ...args]
    .map((part) => `'${part.replace(/'/g, `'\\''`)}'`)
    .join(' ');

/** Waits until the file `argv[1]` exists, then prints `argv[2]`. */
const waitFor = `const fs = require('node:fs');
const tick = () => fs.existsSync(process.argv[1]) ? console.log(process.argv[2]) : setTimeout(tick, 20);
tick();`;
/** Creates the file `argv[1]`. */
const touch = `require('node:fs').writeFileSync(process.argv[1], '');`;

describe('runChecks', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-checks-'));
  });
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  it('runs checks side by side: one waits for a file the other writes', async () => {
    const flag = path.join(dir, 'flag');
    const done: string[] = [];
    const results = await runChecks(
      [
        { name: 'waits', command: node(waitFor, flag, 'saw it') },
        { name: 'writes', command: node(touch, flag) },
      ],
      2,
      (result) => done.push(result.name),
    );
    expect(done).toEqual(['writes', 'waits']);
    expect(results.map((r) => [r.name, r.code, r.output])).toEqual([
      ['writes', 0, ''],
      ['waits', 0, 'saw it\n'],
    ]);
  });

  it('runs no more than `concurrency` at once, in the order given', async () => {
    const flag = path.join(dir, 'flag');
    const results = await runChecks(
      [
        { name: 'writes', command: node(touch, flag) },
        { name: 'reads', command: node(waitFor, flag, 'after') },
        { name: 'third', command: node('console.log(3)') },
      ],
      1,
    );
    expect(results.map((r) => r.name)).toEqual(['writes', 'reads', 'third']);
  });

  it('reports a failing check with its exit code and all of its output, and still runs the rest', async () => {
    const results: CheckResult[] = await runChecks(
      [
        {
          name: 'fails',
          command: node('console.log("out"); console.error("err"); process.exit(3)'),
        },
        { name: 'passes', command: node('console.log("fine")') },
      ],
      1,
    );
    expect(results.map((r) => [r.name, r.code])).toEqual([
      ['fails', 3],
      ['passes', 0],
    ]);
    expect(results[0]!.output).toContain('out\n');
    expect(results[0]!.output).toContain('err\n');
  });
});
