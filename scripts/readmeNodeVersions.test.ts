import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const require = createRequire(import.meta.url);

/** `>= 22.12.0` or `>=20.19` → `22.12` / `20.19`. */
function minimumNode(range: string): string {
  const match = /^>=\s*(\d+)\.(\d+)(?:\.0)?$/.exec(range.trim());
  if (!match) throw new Error(`Not a simple minimum: ${range}`);
  return `${match[1]}.${match[2]}`;
}

describe("README's set-up says which Node each command needs", () => {
  const readme = read('README.md');

  it('npm start: what the installed Electron declares', () => {
    const electron = require('electron/package.json') as { engines: { node: string } };
    const needed = minimumNode(electron.engines.node);
    expect(readme).toContain(`\`npm start\` needs Node.js ${needed} or newer`);
  });

  it('everything else: what package.json declares', () => {
    const praxis = JSON.parse(read('package.json')) as { engines: { node: string } };
    const needed = minimumNode(praxis.engines.node);
    expect(readme).toMatch(
      new RegExp(
        `\`npm test\`,[\\s\\S]{0,80}works on Node\\.js ${needed.replace('.', '\\.')} or newer`,
      ),
    );
  });
});
