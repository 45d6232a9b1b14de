import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkMentionReport, UnlinkedMention } from '../../../shared/api/linksMethods';
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

  const mentionsOf = (core: PraxisCore, notePath: string) =>
    call<UnlinkedMention[]>(core, 'links.unlinkedMentions', { path: notePath });

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
    const matching = search.matchingPaths.bind(search);
    search.matchingPaths = async () => null;
    try {
      expect((await mentionsOf(core, 'Plan.md')).map((m) => m.source)).toEqual(['A.md']);
    } finally {
      search.matchingPaths = matching;
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
});
