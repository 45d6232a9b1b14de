import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeTempVault,
  readText,
  snapshotFolder,
  writeFiles,
} from '../../../testing/core/tempVault';
import { checkVault } from '../check/checkVault';
import { openPraxisCore, type PraxisCore } from '../praxisCore';

/** A vault linked with standard markdown links, as Obsidian writes them with wiki links off. */
const VAULT: Record<string, string> = {
  'Home.md': [
    '# Home',
    '',
    'See [the plan](projects/Plan%20A.md "The plan") and',
    '[its next steps](<projects/Plan A.md#Next steps>).',
    '',
    '- By name: [plan](Plan%20A.md), and as a wiki link [[Plan A]].',
    '- Chart: ![chart](attachments/chart.png)',
    '- Outside: [site](https://example.org/Plan%20A.md), [mail](mailto:a@b.c), [top](#Home)',
    '- Code: `[code](projects/Plan%20A.md)`',
    '',
    '```md',
    '[fence](projects/Plan%20A.md)',
    '```',
    '',
    'Still to write: [todo](Todo%20list.md).',
    '',
  ].join('\n'),
  'projects/Plan A.md': [
    '---',
    'tags: [plan]',
    '---',
    '# Plan A',
    '',
    'Back [home](../Home.md), the [budget](Budget.md#Totals), [this](#Next%20steps),',
    '![chart](../attachments/chart.png) and [from the root](/projects/Budget.md).',
    '',
    '## Next steps',
    '',
  ].join('\n'),
  'projects/Budget.md': '# Budget\n\n[The plan](./Plan%20A.md), [again](<Plan A.md> "title").\n',
  'archive/Old.md': 'Superseded by [plan](../projects/Plan%20A.md).\n',
  'attachments/chart.png': 'not really a png',
};

const PLAN = 'projects/Plan A.md';

async function call(core: PraxisCore, method: string, args: unknown = {}) {
  const response = await core.dispatch(method, args);
  if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
  return response.value as never;
}

describe('markdown links in the link graph and in moves', () => {
  const opened: { core?: PraxisCore; cleanup: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const { core, cleanup } of opened.splice(0)) {
      await core?.close();
      await cleanup();
    }
  });

  const open = async (files: Record<string, string> = VAULT) => {
    const temp = await makeTempVault();
    const vaultPath = path.join(temp.root, 'vault');
    await writeFiles(vaultPath, files);
    const entry: (typeof opened)[number] = { cleanup: temp.cleanup };
    opened.push(entry);
    entry.core = await openPraxisCore({ vaultPath, watch: false, validateResults: true });
    return { core: entry.core, root: entry.core.vaultPath };
  };

  const move = async (core: PraxisCore, from: string, to: string) => {
    const preview: { rewritten: unknown[] } = await call(core, 'notes.movePreview', { from, to });
    const result: { rewritten: { path: string; links: number }[] } = await call(
      core,
      'notes.move',
      { from, to },
    );
    expect(result.rewritten).toEqual(preview.rewritten);
    return result.rewritten.map((r) => [r.path, r.links]);
  };

  it('counts markdown links as backlinks, outgoing and unresolved links', async () => {
    const { core, root } = await open();
    const backlinks: { source: string; line: number; paragraph: string; embed: boolean }[] =
      await call(core, 'links.backlinks', { path: PLAN });
    expect(backlinks.map((b) => [b.source, b.line])).toEqual([
      ['Home.md', 3],
      ['Home.md', 4],
      ['Home.md', 6],
      ['Home.md', 6],
      ['archive/Old.md', 1],
      ['projects/Budget.md', 3],
      ['projects/Budget.md', 3],
    ]);
    expect(backlinks[0]!.paragraph).toBe(
      'See [the plan](projects/Plan%20A.md "The plan") and\n[its next steps](<projects/Plan A.md#Next steps>).',
    );

    const outgoing: { target: string; heading: string | null; resolved: string | null }[] =
      await call(core, 'links.outgoing', { path: PLAN });
    expect(outgoing.map((l) => [l.target, l.heading, l.resolved])).toEqual([
      ['Home', null, 'Home.md'],
      ['projects/Budget', 'Totals', 'projects/Budget.md'],
      ['attachments/chart.png', null, 'attachments/chart.png'],
      ['projects/Budget', null, 'projects/Budget.md'],
    ]);
    const fromHome: { resolved: string | null; embed: boolean }[] = await call(
      core,
      'links.outgoing',
      { path: 'Home.md' },
    );
    expect(fromHome.filter((l) => l.embed).map((l) => l.resolved)).toEqual([
      'attachments/chart.png',
    ]);

    // A markdown link to a missing note is unresolved, and names the note to create.
    const unresolved: unknown[] = await call(core, 'links.unresolved');
    expect(unresolved).toEqual([
      { file: 'Home.md', line: 15, target: 'Todo list', markdown: '[todo](Todo%20list.md)' },
    ]);
    const report = await checkVault(root);
    expect(report.unresolved).toEqual(unresolved);
    // Home 5 + 1 wiki link, Plan A 4 (`#Next steps` names no other file), Budget 2, Old 1.
    expect(report.links).toBe(13);
  });

  it('rewrites markdown links on a rename in the same folder, keeping their style', async () => {
    const { core, root } = await open();
    expect(await move(core, PLAN, 'projects/Plan B.md')).toEqual([
      ['Home.md', 4],
      ['archive/Old.md', 1],
      ['projects/Budget.md', 2],
    ]);
    expect(await readText(root, 'Home.md')).toBe(
      VAULT['Home.md']!.replace(
        '(projects/Plan%20A.md "The plan")',
        '(projects/Plan%20B.md "The plan")',
      )
        .replace('<projects/Plan A.md#Next steps>', '<projects/Plan B.md#Next steps>')
        .replace('[plan](Plan%20A.md)', '[plan](Plan%20B.md)')
        .replace('[[Plan A]]', '[[Plan B]]'),
    );
    expect(await readText(root, 'projects/Budget.md')).toBe(
      '# Budget\n\n[The plan](./Plan%20B.md), [again](<Plan B.md> "title").\n',
    );
    expect(await readText(root, 'archive/Old.md')).toBe(
      'Superseded by [plan](../projects/Plan%20B.md).\n',
    );
    // The note's own links kept their base: its text is as it was.
    expect(await readText(root, 'projects/Plan B.md')).toBe(VAULT[PLAN]);
    expect(await call(core, 'links.unresolved')).toHaveLength(1);
  });

  it('rewrites links to and from a note moved down into another folder and back', async () => {
    const { core, root } = await open();
    const before = await snapshotFolder(root);
    const to = 'archive/2024/Plan A.md';
    expect(await move(core, PLAN, to)).toEqual([
      ['Home.md', 2],
      ['archive/Old.md', 1],
      ['projects/Budget.md', 2],
      ['archive/2024/Plan A.md', 3],
    ]);
    // The name alone still finds the note; paths follow it.
    expect(await readText(root, 'Home.md')).toBe(
      VAULT['Home.md']!.replace(
        '(projects/Plan%20A.md "The plan")',
        '(archive/2024/Plan%20A.md "The plan")',
      ).replace('<projects/Plan A.md#Next steps>', '<archive/2024/Plan A.md#Next steps>'),
    );
    expect(await readText(root, 'projects/Budget.md')).toBe(
      '# Budget\n\n[The plan](../archive/2024/Plan%20A.md), [again](<../archive/2024/Plan A.md> "title").\n',
    );
    expect(await readText(root, 'archive/Old.md')).toBe(
      'Superseded by [plan](2024/Plan%20A.md).\n',
    );
    // Its own relative links start from its new folder; `/…` and `#…` need nothing.
    expect(await readText(root, to)).toBe(
      VAULT[PLAN]!.replace('(../Home.md)', '(../../Home.md)')
        .replace('(Budget.md#Totals)', '(../../projects/Budget.md#Totals)')
        .replace('(../attachments/chart.png)', '(../../attachments/chart.png)'),
    );
    const backlinks: unknown[] = await call(core, 'links.backlinks', { path: to });
    expect(backlinks).toHaveLength(7);
    const outgoing: { resolved: string | null }[] = await call(core, 'links.outgoing', {
      path: to,
    });
    expect(outgoing.map((l) => l.resolved)).toEqual([
      'Home.md',
      'projects/Budget.md',
      'attachments/chart.png',
      'projects/Budget.md',
    ]);

    // Moving it back gives every file back byte for byte, but for a `./` that the path through
    // `../` had to drop.
    await move(core, to, PLAN);
    const after = await snapshotFolder(root);
    const notes = (files: Map<string, string>) =>
      [...files].filter(([p]) => !p.startsWith('.praxis') && p !== 'projects/Budget.md');
    expect(notes(after)).toEqual(notes(before));
    expect(await readText(root, 'projects/Budget.md')).toBe(
      VAULT['projects/Budget.md']!.replace('./Plan', 'Plan'),
    );
  });

  it('rewrites a moved note’s own relative links when it moves up to the root', async () => {
    const { core, root } = await open();
    expect(await move(core, 'archive/Old.md', 'Old.md')).toEqual([['Old.md', 1]]);
    expect(await readText(root, 'Old.md')).toBe('Superseded by [plan](projects/Plan%20A.md).\n');
    const backlinks: { source: string }[] = await call(core, 'links.backlinks', { path: PLAN });
    expect(backlinks.map((b) => b.source)).toContain('Old.md');
  });

  it('rewrites a link a moved note would capture, and links to moved attachments', async () => {
    const { core, root } = await open({
      'a/Home.md': 'By name: [n](Note.md), relative: [r](../b/Note.md)\n',
      'b/Note.md': '# Note in b\n',
      'c/Note.md': '# Note in c\n',
    });
    // In `a/`, `Note.md` would be what the bare name means: the links keep their note.
    expect(await move(core, 'c/Note.md', 'a/Note.md')).toEqual([['a/Home.md', 1]]);
    expect(await readText(root, 'a/Home.md')).toBe(
      'By name: [n](b/Note.md), relative: [r](../b/Note.md)\n',
    );
    const outgoing: { resolved: string | null }[] = await call(core, 'links.outgoing', {
      path: 'a/Home.md',
    });
    expect(outgoing.map((l) => l.resolved)).toEqual(['b/Note.md', 'b/Note.md']);
  });
});
