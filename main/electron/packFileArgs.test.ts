import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFilesIn } from './packFileArgs';

describe('packFilesIn', () => {
  it('takes the .praxispack paths of a command line, absolute, and nothing else', () => {
    const cwd = path.resolve('/home/officer');
    expect(
      packFilesIn(
        [
          '/opt/Praxis/praxis',
          '--no-sandbox',
          '--x=y.praxispack',
          'Downloads/Procurement-1.1.0.praxispack',
          path.resolve('/tmp/B.PRAXISPACK'),
          'notes.md',
        ],
        cwd,
      ),
    ).toEqual([
      path.join(cwd, 'Downloads', 'Procurement-1.1.0.praxispack'),
      path.resolve('/tmp/B.PRAXISPACK'),
    ]);
  });
});
