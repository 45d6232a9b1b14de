import { describe, expect, it } from 'vitest';
import { redactPaths } from './redactPaths';

const vault = '/home/ana/Praxis vault';

describe('redactPaths: no machine path leaves the main process', () => {
  it.each([
    [
      `ENOENT: no such file or directory, open '${vault}/notes/a b.md'`,
      `ENOENT: no such file or directory, open 'notes/a b.md'`,
    ],
    [
      `EXDEV: cross-device link not permitted, rename '${vault}/a.md' -> '${vault}/sub/b.md'`,
      `EXDEV: cross-device link not permitted, rename 'a.md' -> 'sub/b.md'`,
    ],
    [`cannot open "${vault}"`, 'cannot open the vault folder'],
    [`scandir ${vault}/journal failed`, 'scandir journal failed'],
    [`at ${vault}`, 'at the vault folder'],
    [
      `EACCES: permission denied, open '/home/ana/.config/Praxis/keys/dept.pem'`,
      `EACCES: permission denied, open 'dept.pem'`,
    ],
    ['spawn /usr/bin/git ENOENT', 'spawn git ENOENT'],
    [`see file://${vault}/a.md`, 'see a.md'],
    [String.raw`open 'C:\Users\ana\Praxis\a.md'`, `open 'a.md'`],
    [String.raw`open \\server\share\vault\a.md`, 'open a.md'],
  ])('%s', (message, expected) => {
    expect(redactPaths(message, [vault])).toBe(expected);
  });

  it('keeps what only looks like a path: tags, fractions, relative paths and lone slashes', () => {
    for (const text of [
      'Rename the tag project/alpha',
      'Choose 1/2 or 3/4, and / or both',
      'The note "procurement/Framework.md" changed.',
      'Invalid arguments for notes.read: ✖ Invalid input: expected string → at path',
      'https://example.org/path stays a link',
    ])
      expect(redactPaths(text, [vault])).toBe(text);
  });

  it('prefers the longest root: the real path of a vault reached through a link', () => {
    expect(redactPaths(`'/data/vault/a.md' and '/data/vault-2/b.md'`, ['/data/vault'])).toBe(
      `'a.md' and 'b.md'`,
    );
  });
});
