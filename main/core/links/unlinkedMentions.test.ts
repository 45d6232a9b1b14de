import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  LinkMentionReport,
  UnlinkedMention,
  UnlinkedMentions,
} from '../../../shared/api/linksMethods';
import { makeTempVault, readText, writeFiles } from '../../../testing/core/tempVault';
import { openPraxisCore, type PraxisCore } from '../praxisCore';

async function call<T>(core: PraxisCore, method: string, args: unknown = {}): Promise<T> {
  const response = await core.dispatch(method, args);
  if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
  return response.value as T;
}

const TARGET = [
  '---',
  'title: Contratación pública',
  'aliases: [Plan de compras]',
  '---',
  'The note itself says contratación pública, and that is no mention.',
  '',
].join('\n');

const SOURCE = [
  '---',
  'title: Source',
  'tags: [contratación-pública]',
  'summary: about contratacion publica',
  '---',
  '# Notes on procurement',
  '',
  'We follow the contratacion publica rules.',
  '',
  'Code `Contratación pública` and fenced:',
  '',
  '```',
  'Contratación pública',
  '```',
  '',
  'Already linked: [[Contratación pública]], [[Contratación pública|the rules]].',
  '',
  '- our PLAN DE COMPRAS for 2026',
  'A Plan de comprasX is not one.',
  '',
].join('\n');

describe('unlinked mentions', () => {
  const opened: { core: PraxisCore; cleanup: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const { core, cleanup } of opened.splice(0)) {
      await core.close();
      await cleanup();
    }
  });

  const open = async (files: Record<string, string>) => {
    const temp = await makeTempVault();
    const vaultPath = path.join(temp.root, 'vault');
    await writeFiles(vaultPath, files);
    const core = await openPraxisCore({ vaultPath, watch: false, validateResults: true });
    opened.push({ core, cleanup: temp.cleanup });
    await core.services.search.whenReady();
    return core;
  };

  const listOf = (core: PraxisCore, notePath: string, limit?: number) =>
    call<UnlinkedMentions>(core, 'links.unlinkedMentions', {
      path: notePath,
      ...(limit !== undefined && { limit }),
    });
  const mentionsOf = async (core: PraxisCore, notePath: string) =>
    (await listOf(core, notePath)).mentions;

  it('lists plain-text mentions of the title and aliases, and nothing else', async () => {
    const core = await open({
      'procurement/Contratación pública.md': TARGET,
      'Source.md': SOURCE,
      'Unrelated.md': '# Unrelated\n\nPlanning a contract.\n',
    });
    const found = await mentionsOf(core, 'procurement/Contratación pública.md');
    expect(found.map((m) => [m.source, m.text, m.line])).toEqual([
      ['Source.md', 'contratacion publica', 8],
      ['Source.md', 'PLAN DE COMPRAS', 18],
    ]);
    const raw = await readText(core.vaultPath, 'Source.md');
    for (const m of found) {
      expect(raw.slice(m.start, m.end)).toBe(m.text);
      expect(m.paragraph.slice(m.highlight[0], m.highlight[1])).toBe(m.text);
      expect(m.sourceTitle).toBe('Source');
    }
    expect(found[0]!.paragraph).toBe('We follow the contratacion publica rules.');
  });

  it('finds mentions while the index is not ready, by reading the notes', async () => {
    const core = await open({
      'Plan.md': '# Plan\n',
      'A.md': 'The plan.\n',
      'B.md': 'Planning.\n',
    });
    const search = core.services.search;
    const fromWorker = search.unlinkedMentions.bind(search);
    search.unlinkedMentions = async () => null;
    try {
      expect((await mentionsOf(core, 'Plan.md')).map((m) => m.source)).toEqual(['A.md']);
    } finally {
      search.unlinkedMentions = fromWorker;
    }
    expect((await mentionsOf(core, 'Plan.md')).map((m) => m.source)).toEqual(['A.md']);
  });

  it('Link writes [[Title|words]] in place, byte for byte otherwise, and can be undone', async () => {
    const core = await open({
      'procurement/Contratación pública.md': TARGET,
      'Source.md': SOURCE,
    });
    const before = await readText(core.vaultPath, 'Source.md');
    const [first] = await mentionsOf(core, 'procurement/Contratación pública.md');
    const report = await call<LinkMentionReport>(core, 'links.linkMention', {
      source: first!.source,
      start: first!.start,
      end: first!.end,
      target: 'procurement/Contratación pública.md',
      expectedVersion: first!.version,
    });
    expect(report.link).toBe('[[Contratación pública|contratacion publica]]');
    const after = await readText(core.vaultPath, 'Source.md');
    expect(after).toBe(before.slice(0, first!.start) + report.link + before.slice(first!.end));

    // The mention is now a backlink, and no longer listed.
    const backlinks = await call<{ source: string; line: number }[]>(core, 'links.backlinks', {
      path: 'procurement/Contratación pública.md',
    });
    expect(backlinks.filter((b) => b.line === 8)).toHaveLength(1);
    const left = await mentionsOf(core, 'procurement/Contratación pública.md');
    expect(left.map((m) => m.text)).toEqual(['PLAN DE COMPRAS']);

    await call(core, 'refactor.undo', { id: report.id });
    expect(await readText(core.vaultPath, 'Source.md')).toBe(before);
  });

  it('writes [[Title]] when the words are the title as written, escaping the pipe in a table', async () => {
    const core = await open({
      'Plan.md': '# Plan\n',
      'Table.md': '| what | note |\n|---|---|\n| x | the plan |\n',
      'Prose.md': 'The Plan.\n',
    });
    const found = await mentionsOf(core, 'Plan.md');
    const link = async (m: UnlinkedMention) =>
      (
        await call<LinkMentionReport>(core, 'links.linkMention', {
          source: m.source,
          start: m.start,
          end: m.end,
          target: 'Plan.md',
          expectedVersion: m.version,
        })
      ).link;
    expect(await link(found.find((m) => m.source === 'Prose.md')!)).toBe('[[Plan]]');
    expect(await readText(core.vaultPath, 'Prose.md')).toBe('The [[Plan]].\n');
    expect(await link(found.find((m) => m.source === 'Table.md')!)).toBe('[[Plan\\|plan]]');
    expect(await readText(core.vaultPath, 'Table.md')).toBe(
      '| what | note |\n|---|---|\n| x | the [[Plan\\|plan]] |\n',
    );
  });

  it('refuses a stale mention: CONFLICT when the file changed, INVALID when it is gone', async () => {
    const core = await open({ 'Plan.md': '# Plan\n', 'A.md': 'The plan.\n' });
    const [m] = await mentionsOf(core, 'Plan.md');
    const args = { source: 'A.md', start: m!.start, end: m!.end, target: 'Plan.md' };
    await expect(
      call(core, 'links.linkMention', { ...args, expectedVersion: 'not-the-version' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      call(core, 'links.linkMention', {
        ...args,
        start: m!.start + 1,
        expectedVersion: m!.version,
      }),
    ).rejects.toMatchObject({ code: 'INVALID' });
    expect(await readText(core.vaultPath, 'A.md')).toBe('The plan.\n');
  });

  it('leaves out the note itself and templates', async () => {
    const core = await open({
      'Plan.md': '# Plan\n\nThis plan is mine.\n',
      'templates/Plan template.md': '---\ntype: template\n---\nThe plan.\n',
    });
    expect(await mentionsOf(core, 'Plan.md')).toEqual([]);
  });

  it('finds a mention typed a moment ago, and forgets one removed a moment ago', async () => {
    const core = await open({ 'Plan.md': '# Plan\n', 'A.md': 'Nothing yet.\n' });
    expect(await mentionsOf(core, 'Plan.md')).toEqual([]);
    const saved = await call<{ version: string }>(core, 'notes.read', { path: 'A.md' });
    await call(core, 'notes.save', {
      path: 'A.md',
      body: 'Our plan is ready.\n',
      baseVersion: saved.version,
    });
    await call(core, 'notes.create', { name: 'B', body: 'Another PLAN here.\n' });
    const found = await mentionsOf(core, 'Plan.md');
    expect(found.map((m) => [m.source, m.text]).sort()).toEqual([
      ['A.md', 'plan'],
      ['B.md', 'PLAN'],
    ]);
    const again = await call<{ version: string }>(core, 'notes.read', { path: 'A.md' });
    await call(core, 'notes.save', {
      path: 'A.md',
      body: 'Nothing any more.\n',
      baseVersion: again.version,
    });
    expect((await mentionsOf(core, 'Plan.md')).map((m) => m.source)).toEqual(['B.md']);
  });

  it('answers the same question again from memory until a note is edited, renamed or deleted', async () => {
    const core = await open({ 'Plan.md': '# Plan\n', 'A.md': 'The plan.\n', 'B.md': 'None.\n' });
    const search = core.services.search;
    const ask = () =>
      search.unlinkedMentions({
        root: core.services.repository.realRoot,
        target: 'Plan.md',
        queries: ['body:"Plan"'],
        keys: ['plan'],
        from: 0,
        limit: 20,
        maxReads: 28,
        maxLooks: 112,
      });
    const sources = async () => (await mentionsOf(core, 'Plan.md')).map((m) => m.source).sort();
    const first = await ask();
    expect(first!.mentions.map((m) => m.source)).toEqual(['A.md']);
    expect(await ask()).toBe(first);

    const b = await call<{ version: string }>(core, 'notes.read', { path: 'B.md' });
    await call(core, 'notes.save', { path: 'B.md', body: 'A plan.\n', baseVersion: b.version });
    expect(await sources()).toEqual(['A.md', 'B.md']);
    await search.flush();
    const edited = await ask();
    expect(edited).not.toBe(first);
    expect(await ask()).toBe(edited);

    await call(core, 'notes.move', { from: 'A.md', to: 'sub/C.md' });
    expect(await sources()).toEqual(['B.md', 'sub/C.md']);
    await search.flush();
    const moved = await ask();
    expect(moved).not.toBe(edited);

    await call(core, 'notes.delete', { path: 'B.md' });
    expect(await sources()).toEqual(['sub/C.md']);
    expect(await ask()).not.toBe(moved);
  });

  it('reads only the notes that hold the name as written, not the forms the index folds together', async () => {
    // The index stems "Settings" and "sets" to "set": they are candidates the worker drops.
    const files: Record<string, string> = { 'Set.md': '# Set\n' };
    for (let i = 0; i < 40; i++)
      files[`other/Settings ${i}.md`] = `Change the settings ${i}; sets.\n`;
    files['z/Real.md'] = 'Use a set of rules.\n';
    const core = await open(files);
    // Behind the index's back (no watcher): had the worker read this note, it would list it.
    await writeFiles(core.vaultPath, { 'other/Settings 0.md': 'A set here.\n' });
    const search = core.services.search;
    const fromWorker = search.unlinkedMentions.bind(search);
    let kept = 0;
    search.unlinkedMentions = async (args) => {
      const page = await fromWorker(args);
      kept += page?.reads ?? 0;
      return page;
    };
    try {
      const list = await listOf(core, 'Set.md');
      expect(list.mentions.map((m) => m.source)).toEqual(['z/Real.md']);
      expect(list.more).toBe(false);
      // z/Real.md, and Set.md itself (never listed).
      expect(kept).toBe(2);
    } finally {
      search.unlinkedMentions = fromWorker;
    }
  });

  it('lists at most `limit` mentions, the notes naming it most first, and says there are more', async () => {
    const files: Record<string, string> = { 'Plan.md': '# Plan\n' };
    for (let i = 0; i < 30; i++)
      files[`n/Note ${String(i).padStart(2, '0')}.md`] = `A plan ${i}.\n`;
    files['n/Focus.md'] = '# The plan\n\nThe plan, the plan and the plan.\n';
    const core = await open(files);
    const first = await listOf(core, 'Plan.md', 10);
    expect(first.mentions).toHaveLength(10);
    expect(first.more).toBe(true);
    expect(first.mentions.slice(0, 4).map((m) => m.source)).toEqual(Array(4).fill('n/Focus.md'));
    const all = await listOf(core, 'Plan.md', 100);
    expect(all.more).toBe(false);
    expect(all.mentions).toHaveLength(34);
    expect(new Set(all.mentions.map((m) => m.source)).size).toBe(31);
    // A larger page starts with the smaller one.
    expect(all.mentions.slice(0, 10)).toEqual(first.mentions);
  });

  it('names made only of common words are found by reading the notes', async () => {
    const core = await open({
      'The Who.md': '# The Who\n',
      'A.md': 'We saw the who play.\n',
      'B.md': 'Who is the one?\n',
    });
    expect((await mentionsOf(core, 'The Who.md')).map((m) => m.source)).toEqual(['A.md']);
  });
});
