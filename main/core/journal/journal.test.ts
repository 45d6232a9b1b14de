import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalActivity, WeeklyReview } from '../../../shared/api/journalMethods';
import type { Note } from '../../../shared/api/noteSchemas';
import {
  makeTempVault,
  readText,
  snapshotFolder,
  writeFiles,
} from '../../../testing/core/tempVault';
import { openPraxisCore, type PraxisCore } from '../praxisCore';

/** Calls the core the way both transports do: through the dispatcher, with results validated. */
async function call<T = never>(core: PraxisCore, method: string, args: unknown = {}): Promise<T> {
  const response = await core.dispatch(method, args);
  if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
  return response.value as T;
}

const opened: { core: PraxisCore; cleanup: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const { core, cleanup } of opened.splice(0)) {
    await core.close();
    await cleanup();
  }
});

async function open(files: Record<string, string>) {
  const temp = await makeTempVault(files);
  const core = await openPraxisCore({ vaultPath: temp.root, watch: false, validateResults: true });
  opened.push({ core, cleanup: temp.cleanup });
  return { core, root: core.vaultPath };
}

const fm = (fields: Record<string, string>) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`;

/** Everything but Praxis's own folder, for "nothing changed" checks. */
async function vaultFiles(root: string) {
  return [...(await snapshotFolder(root))].filter(([p]) => !p.startsWith('.praxis'));
}

describe("today's entry", () => {
  it('creates the day from the template, private, with prompts in the UI language', async () => {
    const { core, root } = await open({ 'Home.md': '# Home\n' });
    const { note, created } = await call<{ note: Note; created: boolean }>(
      core,
      'journal.openDay',
      {
        date: '2024-03-31',
        locale: 'es-ES',
      },
    );
    expect(created).toBe(true);
    expect(note.path).toBe('journal/2024/2024-03-31.md');
    expect(note.type).toBe('journal');
    expect(note.frontMatter).toMatchObject({ type: 'journal', private: true });
    expect(note.body).toBe(
      '# Domingo, 31 de marzo de 2024\n\n' +
        '## ¿Qué ha pasado?\n\n## ¿Qué he aprendido?\n\n## ¿Qué haría de otra manera?\n\n' +
        '## ¿Quién me ha ayudado?\n\n## ¿Qué debería compartir con mi comunidad?\n\n',
    );
    const raw = await readText(root, 'journal/2024/2024-03-31.md');
    expect(raw).toMatch(
      /^---\nid: .+\ntype: journal\ncreated: .+\nupdated: .+\nprivate: true\n---\n/,
    );
  });

  it('opens the same entry on every later call, changing nothing', async () => {
    const { core, root } = await open({ 'Home.md': '# Home\n' });
    const first = await call<{ note: Note }>(core, 'journal.openDay', { date: '2024-01-29' });
    const before = await vaultFiles(root);
    const again = await call<{ note: Note; created: boolean }>(core, 'journal.openDay', {
      date: '2024-01-29',
    });
    expect(again.created).toBe(false);
    expect(again.note.version).toBe(first.note.version);
    expect(await vaultFiles(root)).toEqual(before);
  });

  it('creates one file when several calls race for the same day', async () => {
    const { core, root } = await open({ 'Home.md': '# Home\n' });
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        call<{ note: Note; created: boolean }>(core, 'journal.openDay', { date: '2024-02-05' }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.note.version)).size).toBe(1);
    expect(await fs.readdir(path.join(root, 'journal/2024'))).toEqual(['2024-02-05.md']);
  });

  it('never overwrites an entry another program wrote a moment ago', async () => {
    const { core, root } = await open({ 'Home.md': '# Home\n' });
    // Written behind the core's back (no watcher): the create must find it, not replace it.
    await writeFiles(root, { 'journal/2024/2024-02-06.md': 'Written on my phone.\n' });
    const { note, created } = await call<{ note: Note; created: boolean }>(
      core,
      'journal.openDay',
      { date: '2024-02-06' },
    );
    expect(created).toBe(false);
    expect(note.body).toBe('Written on my phone.\n');
    expect(await readText(root, 'journal/2024/2024-02-06.md')).toBe('Written on my phone.\n');
  });

  it('opens an entry for the day kept elsewhere instead of making a second one', async () => {
    const { core, root } = await open({
      'Journal/2024-05-01.md': `${fm({ type: 'journal' })}Imported from Obsidian.\n`,
    });
    const { note, created } = await call<{ note: Note; created: boolean }>(
      core,
      'journal.openDay',
      {
        date: '2024-05-01',
      },
    );
    expect(created).toBe(false);
    expect(note.path).toBe('Journal/2024-05-01.md');
    await expect(fs.stat(path.join(root, 'journal'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('follows the prompt settings: own prompts, or none', async () => {
    const { core } = await open({ 'Home.md': '# Home\n' });
    await call(core, 'settings.update', { journal: { prompts: ['Who did I meet?'] } });
    const custom = await call<{ note: Note }>(core, 'journal.openDay', {
      date: '2024-01-01',
      locale: 'en-GB',
    });
    expect(custom.note.body).toBe('# Monday, 1 January 2024\n\n## Who did I meet?\n\n');
    // Patches merge field by field: turning prompts off keeps the list for later.
    const settings = await call<{ journal: unknown }>(core, 'settings.update', {
      journal: { promptsEnabled: false },
    });
    expect(settings.journal).toEqual({
      prompts: ['Who did I meet?'],
      promptsEnabled: false,
      firstDayOfWeek: null,
    });
    const bare = await call<{ note: Note }>(core, 'journal.openDay', {
      date: '2024-01-02',
      locale: 'en-US',
    });
    expect(bare.note.body).toBe('# Tuesday, January 2, 2024\n\n');
  });

  it('refuses dates that are not days, and bad prompt settings', async () => {
    const { core } = await open({ 'Home.md': '# Home\n' });
    for (const date of ['2024-02-30', '2024-1-5', 'today'])
      expect(await core.dispatch('journal.openDay', { date })).toMatchObject({
        ok: false,
        error: { code: 'INVALID', message: expect.stringMatching(/YYYY-MM-DD/) },
      });
    expect(
      await core.dispatch('settings.update', { journal: { prompts: ['two\nlines'] } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(
      await core.dispatch('journal.openDay', { date: '2024-01-01', locale: '!!' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID', message: expect.stringMatching(/locale/) },
    });
  });
});

describe('calendar and timeline', () => {
  const files = {
    'journal/2024/2024-01-10.md': 'Tenth.\n',
    'journal/2024/2024-01-29.md': '# Monday\n\n## What happened?\nMet **Ana**.\n- [ ] Call Bo\n',
    'journal/2024/2024-02-01.md': 'First of February.\n',
    'Journal/2024-02-01.md': `${fm({ type: 'journal' })}Imported twin.\n`,
    'journal/2024/2024-02-29.md': 'Leap day.\n',
    'journal/2023/2023-12-31.md': 'New year eve.\n',
    'journal/reviews/2024-W05.md': `${fm({ type: 'review' })}Not an entry.\n`,
    'Notes/2024-01-15.md': 'A note named like a date, outside the journal.\n',
  };

  it('lists the days of a range that have entries', async () => {
    const { core } = await open(files);
    const { days } = await call<{
      days: {
        date: string;
        entries: { path: string; firstLine: string; openFollowUps: number }[];
      }[];
    }>(core, 'journal.days', { from: '2024-01-29', to: '2024-03-10' });
    expect(days.map((d) => d.date)).toEqual(['2024-01-29', '2024-02-01', '2024-02-29']);
    expect(days[0]!.entries[0]).toMatchObject({ firstLine: 'Met Ana.', openFollowUps: 1 });
    expect(days[1]!.entries.map((e) => e.path).sort()).toEqual([
      'Journal/2024-02-01.md',
      'journal/2024/2024-02-01.md',
    ]);
    for (const range of [
      { from: '2024-03-01', to: '2024-01-01' },
      { from: 'x', to: '2024-01-01' },
      { from: '2024-01-01', to: '2026-01-01' },
    ])
      expect(await core.dispatch('journal.days', range)).toMatchObject({
        ok: false,
        error: { code: 'INVALID' },
      });
  });

  it('pages through entries newest first and jumps to a date', async () => {
    const { core } = await open(files);
    type Page = {
      entries: { date: string; path: string }[];
      nextCursor: string | null;
      total: number;
    };
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page: Page = await call(core, 'journal.timeline', { limit: 2, cursor });
      expect(page.total).toBe(6);
      seen.push(...page.entries.map((e) => `${e.date} ${e.path}`));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([
      '2024-02-29 journal/2024/2024-02-29.md',
      '2024-02-01 Journal/2024-02-01.md',
      '2024-02-01 journal/2024/2024-02-01.md',
      '2024-01-29 journal/2024/2024-01-29.md',
      '2024-01-10 journal/2024/2024-01-10.md',
      '2023-12-31 journal/2023/2023-12-31.md',
    ]);
    const jumped: Page = await call(core, 'journal.timeline', {
      onOrBefore: '2024-01-31',
      limit: 2,
    });
    expect(jumped.entries.map((e) => e.date)).toEqual(['2024-01-29', '2024-01-10']);
    expect(jumped.nextCursor).not.toBeNull();
    expect(await core.dispatch('journal.timeline', { cursor: 'garbage' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
  });

  it('follows entries as they are written, moved and deleted', async () => {
    const { core } = await open(files);
    const days = async () =>
      (
        await call<{ days: { date: string }[] }>(core, 'journal.days', {
          from: '2024-03-01',
          to: '2024-03-31',
        })
      ).days.map((d) => d.date);
    await call(core, 'journal.openDay', { date: '2024-03-05' });
    expect(await days()).toEqual(['2024-03-05']);
    await call(core, 'notes.move', {
      from: 'journal/2024/2024-03-05.md',
      to: 'journal/2024/2024-03-06.md',
    });
    expect(await days()).toEqual(['2024-03-06']);
    await call(core, 'notes.delete', { path: 'journal/2024/2024-03-06.md' });
    expect(await days()).toEqual([]);
  });
});

/**
 * A week in the life of a vault. The week is 2024-W05: Monday 29 January to Sunday 4 February
 * for es (Monday first), Sunday 28 January to Saturday 3 February for en-US.
 */
const reviewVault = {
  'journal/2024/2024-01-10.md': `${fm({ type: 'journal' })}Old day.\n- [ ] Carried over\n`,
  'journal/2024/2024-01-28.md': `${fm({ type: 'journal' })}Sunday thoughts.\n- [ ] From Sunday\n`,
  'journal/2024/2024-01-29.md':
    fm({ type: 'journal', private: 'true', domains: '[hr-and-talent]' }) +
    '# Monday\n\n## What happened?\nMet Ana about [[Framework agreements]].\n\n' +
    'Agree the scoring scale before the tenders arrive. It halves the evaluation.\n\n' +
    '- [ ] Ask the procurement community\n- [x] Send the minutes\n\n' +
    '```\n- [ ] not a follow-up\n[[Not a link]]\n```\n',
  'journal/2024/2024-02-04.md': `${fm({ type: 'journal' })}Idea: [[New idea]]. ![[diagram.png]] ![[missing.png]] [[#Top]]\n`,
  'journal/2024/2024-02-05.md': `${fm({ type: 'journal' })}Next week.\n- [ ] Too late for W05\n`,
  'Procurement/Framework agreements.md':
    fm({
      type: 'practice',
      domains: '[procurement]',
      created: '2023-05-01T10:00:00Z',
      updated: '2024-01-30T09:00:00Z',
    }) + '# Framework agreements\n\nSee [[Old note]].\n',
  'Procurement/Joint purchasing.md':
    fm({
      type: 'solution',
      domains: '[procurement, finance]',
      created: '2024-02-01T12:00:00Z',
      updated: '2024-02-01T12:00:00Z',
    }) +
    '# Joint purchasing\n\nBuilds on [[Framework agreements]] and [[Framework agreements#Lessons]].\n',
  // 23:30 UTC on Sunday 4 Feb is 00:30 on Monday 5 Feb in Madrid: next week there.
  'Edge/Late night.md': fm({ created: '2024-02-04T23:30:00Z', updated: '2024-02-04T23:30:00Z' }),
  // 23:30 UTC on Sunday 28 Jan is 00:30 on Monday 29 Jan in Madrid: this week there.
  'Edge/Early.md': fm({ created: '2024-01-28T23:30:00Z', updated: '2024-01-28T23:30:00Z' }),
  // A bare date is that day in every zone.
  'Edge/Bare date.md': fm({ created: '2024-01-29', updated: '2024-01-29' }),
  'Other/Untouched.md': fm({ created: '2023-01-01T00:00:00Z', updated: '2023-02-01T00:00:00Z' }),
  'Old note.md': fm({ created: '2022-01-01', updated: '2022-01-01' }),
  'journal/reviews/2024-W04.md': fm({
    type: 'review',
    created: '2024-01-29',
    updated: '2024-01-29',
  }),
  'attachments/diagram.png': 'png',
};

describe('weekly review', () => {
  it('gathers the week of a Monday-first locale, in the person’s time zone', async () => {
    const { core } = await open(reviewVault);
    const review = await call<WeeklyReview>(core, 'journal.weeklyReview', {
      date: '2024-01-31',
      timeZone: 'Europe/Madrid',
      locale: 'es',
    });
    expect(review.week).toEqual({
      start: '2024-01-29',
      end: '2024-02-04',
      firstDay: 1,
      year: 2024,
      number: 5,
      label: '2024-W05',
    });
    expect(review.entries.map((e) => [e.date, e.entryDomains])).toEqual([
      ['2024-01-29', ['hr-and-talent', 'procurement']],
      ['2024-02-04', []],
    ]);
    expect(review.notesCreated.items.map((n) => n.path)).toEqual([
      'Edge/Bare date.md',
      'Edge/Early.md',
      'Procurement/Joint purchasing.md',
    ]);
    expect(review.notesUpdated.items.map((n) => n.path)).toEqual([
      'Procurement/Framework agreements.md',
    ]);
    expect(review.domains).toEqual([
      { domain: 'procurement', entries: 1, notes: 2 },
      { domain: 'finance', entries: 0, notes: 1 },
      { domain: 'hr-and-talent', entries: 1, notes: 0 },
    ]);
    expect(
      review.links.items.map((l) => `${l.source} → ${l.resolved ?? `?${l.target}`} @${l.line}`),
    ).toEqual([
      'journal/2024/2024-01-29.md → Procurement/Framework agreements.md @9',
      'journal/2024/2024-02-04.md → ?New idea @4',
      'Procurement/Joint purchasing.md → Procurement/Framework agreements.md @9',
    ]);
    expect(review.followUps.items).toEqual([
      {
        path: 'journal/2024/2024-01-29.md',
        date: '2024-01-29',
        line: 13,
        text: 'Ask the procurement community',
        thisWeek: true,
      },
      {
        path: 'journal/2024/2024-01-28.md',
        date: '2024-01-28',
        line: 5,
        text: 'From Sunday',
        thisWeek: false,
      },
      {
        path: 'journal/2024/2024-01-10.md',
        date: '2024-01-10',
        line: 5,
        text: 'Carried over',
        thisWeek: false,
      },
    ]);
    expect(review.savedReview).toEqual({ path: 'journal/reviews/2024-W05.md', version: null });
  });

  it('shifts with the time zone and the locale’s first day', async () => {
    const { core } = await open(reviewVault);
    const utc = await call<WeeklyReview>(core, 'journal.weeklyReview', {
      date: '2024-01-31',
      timeZone: 'UTC',
      locale: 'ca',
    });
    expect(utc.notesCreated.items.map((n) => n.path)).toEqual([
      'Edge/Bare date.md',
      'Procurement/Joint purchasing.md',
      'Edge/Late night.md',
    ]);
    const us = await call<WeeklyReview>(core, 'journal.weeklyReview', {
      date: '2024-01-31',
      timeZone: 'America/New_York',
      locale: 'en-US',
    });
    expect(us.week).toMatchObject({
      start: '2024-01-28',
      end: '2024-02-03',
      firstDay: 7,
      label: '2024-W05',
    });
    expect(us.entries.map((e) => e.date)).toEqual(['2024-01-28', '2024-01-29']);
    // In New York, 23:30 UTC on the 28th is the 28th; the bare date stays the 29th.
    expect(us.notesCreated.items.map((n) => n.path)).toEqual([
      'Edge/Early.md',
      'Edge/Bare date.md',
      'Procurement/Joint purchasing.md',
    ]);
    // A first day set in the settings wins over the locale's.
    await call(core, 'settings.update', { journal: { firstDayOfWeek: 7 } });
    const es = await call<WeeklyReview>(core, 'journal.weeklyReview', {
      date: '2024-01-31',
      timeZone: 'Europe/Madrid',
      locale: 'es',
    });
    expect(es.week).toMatchObject({ start: '2024-01-28', end: '2024-02-03', firstDay: 7 });
  });

  it('saves the review as a private note, and replaces it only when asked', async () => {
    const { core, root } = await open(reviewVault);
    const args = { date: '2024-02-02', timeZone: 'Europe/Madrid', locale: 'es' };
    const saved = await call<Note>(core, 'journal.saveReview', args);
    expect(saved.path).toBe('journal/reviews/2024-W05.md');
    expect(saved.title).toBe('Revisión semanal 2024-W05');
    expect(saved.frontMatter).toMatchObject({ type: 'review', private: true, week: '2024-W05' });
    // ICU puts thin spaces around the dash of a range.
    expect(saved.body).toMatch(/^# Revisión semanal: 29 de enero\s–\s4 de febrero de 2024\n/u);
    // Entries are titled by their day (shared/journal/journalEntryTitle): linked by it, plainly.
    expect(saved.body).toContain(
      '## Entradas del diario\n\n- [[2024-01-29]] — Met Ana about Framework agreements.',
    );
    expect(saved.body).toContain('- [[Joint purchasing]]');
    // Domains by their names in the domain list.
    expect(saved.body).toContain('- Procurement and contracts: 3 entradas o notas');
    expect(saved.body).toContain('- finance: 1 entrada o nota');
    expect(saved.body).toContain('- [[2024-02-04]] → New idea (aún por escribir)');
    expect(saved.body).toContain('- Ask the procurement community — [[2024-01-29]], línea 13');
    // The review links its notes and adds no unresolved link to the vault.
    const unresolved = await call<{ file: string }[]>(core, 'links.unresolved');
    expect(unresolved.filter((u) => u.file === saved.path)).toEqual([]);
    const backlinks = await call<{ source: string }[]>(core, 'links.backlinks', {
      path: 'Procurement/Joint purchasing.md',
    });
    expect(backlinks.map((b) => b.source)).toContain(saved.path);

    // A review is not part of the next review's notes, and knows it was saved.
    const again = await call<WeeklyReview>(core, 'journal.weeklyReview', args);
    expect(again.savedReview).toEqual({ path: saved.path, version: saved.version });
    expect(again.notesCreated.items.map((n) => n.path)).not.toContain(saved.path);

    const before = await readText(root, saved.path);
    expect(await core.dispatch('journal.saveReview', args)).toMatchObject({
      ok: false,
      error: { code: 'EXISTS', data: { path: saved.path, version: saved.version } },
    });
    expect(
      await core.dispatch('journal.saveReview', { ...args, replaceVersion: 'stale' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await readText(root, saved.path)).toBe(before);
    const replaced = await call<Note>(core, 'journal.saveReview', {
      ...args,
      locale: 'en',
      replaceVersion: saved.version,
    });
    expect(replaced.id).toBe(saved.id);
    expect(replaced.body).toContain('## Journal entries');
  });
});

describe('activity', () => {
  it('counts entries per week by domain, shares adding up to the entries, and the streak', async () => {
    const { core } = await open(reviewVault);
    const activity = await call<JournalActivity>(core, 'journal.activity', {
      today: '2024-02-04',
      locale: 'es',
      months: 1,
    });
    expect(activity.weeks.map((w) => [w.start, w.entries])).toEqual([
      ['2024-01-01', 0],
      ['2024-01-08', 1],
      ['2024-01-15', 0],
      ['2024-01-22', 1],
      ['2024-01-29', 2],
    ]);
    const last = activity.weeks.at(-1)!;
    expect(last.label).toBe('2024-W05');
    expect(last.byDomain).toEqual([
      // The entry in both domains is stacked once, under its first: no bar shows half an entry.
      { domain: 'hr-and-talent', share: 1, entries: 1 },
      { domain: 'procurement', share: 0, entries: 1 },
      { domain: null, share: 1, entries: 1 },
    ]);
    for (const week of activity.weeks) {
      expect(week.byDomain.reduce((sum, d) => sum + d.share, 0)).toBe(week.entries);
      for (const { share } of week.byDomain) expect(Number.isInteger(share)).toBe(true);
    }
    expect(activity.domains).toEqual(['hr-and-talent', 'procurement', null]);
    // 4 Feb alone (3 Feb has none); 28–29 Jan is the longest run; 5 Feb is after "today".
    expect(activity.streak).toEqual({
      current: 1,
      longest: 2,
      today: true,
      lastEntry: '2024-02-04',
    });

    const monday = await call<JournalActivity>(core, 'journal.activity', {
      today: '2024-02-05',
      locale: 'en-US',
    });
    // Six months before Monday 5 Feb is Saturday 5 Aug 2023, whose week starts on Sunday 30 Jul.
    expect(monday.weeks[0]!.start).toBe('2023-07-30');
    expect(monday.weeks.at(-1)!.start).toBe('2024-02-04');
    expect(monday.streak).toMatchObject({ current: 2, today: true });
  });
});

describe('promoting journal text to a lesson', () => {
  const entryPath = 'journal/2024/2024-01-29.md';
  const sentence = 'Agree the scoring scale before the tenders arrive.';

  async function entry(core: PraxisCore) {
    const note = await call<Note>(core, 'notes.read', { path: entryPath });
    return { note, start: note.body.indexOf(sentence) };
  }

  it('creates the note and links both ways in one change', async () => {
    const { core, root } = await open(reviewVault);
    const { note, start } = await entry(core);
    const draft = await call<{ title: string; name: string; domains: string[] }>(
      core,
      'journal.promotionDraft',
      { path: entryPath, text: sentence },
    );
    expect(draft).toEqual({
      title: 'Agree the scoring scale before the tenders arrive',
      name: 'Agree the scoring scale before the tenders arrive',
      domains: ['hr-and-talent'],
    });
    const result = await call<{ note: Note; entry: Note }>(core, 'journal.promote', {
      path: entryPath,
      baseVersion: note.version,
      selection: { text: sentence, start },
      type: 'solution',
      title: 'Scoring scales: agree them early',
      folder: 'Procurement',
      locale: 'en',
    });
    expect(result.note.path).toBe('Procurement/Scoring scales - agree them early.md');
    expect(result.note.title).toBe('Scoring scales: agree them early');
    expect(result.note.type).toBe('solution');
    expect(result.note.domains).toEqual(['hr-and-talent']);
    // Made from the vault's solution template, the selection first under the title.
    expect(result.note.body).toMatch(
      new RegExp(
        `^# Scoring scales: agree them early\n\n${sentence}\n\nFrom my journal: \\[\\[2024-01-29\\]\\]\\.\n\n` +
          '## Problem\n<!-- What needed solving',
      ),
    );
    expect(result.note.body).toContain('## Who to ask\n');
    expect(result.note.frontMatter).toMatchObject({ type: 'solution', steward: '' });
    expect(result.note.frontMatter?.['review-by']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The entry keeps its text, with the link right after the sentence.
    expect(result.entry.body).toBe(
      note.body.replace(sentence, `${sentence} → [[Scoring scales - agree them early]]`),
    );
    expect(await readText(root, entryPath)).toContain(
      `${sentence} → [[Scoring scales - agree them early]] It halves`,
    );
    const toNote = await call<{ source: string }[]>(core, 'links.backlinks', {
      path: result.note.path,
    });
    expect(toNote.map((b) => b.source)).toEqual([entryPath]);
    const toEntry = await call<{ source: string }[]>(core, 'links.backlinks', { path: entryPath });
    expect(toEntry.map((b) => b.source)).toEqual([result.note.path]);
    // The week's review sees the new note and the link.
    const review = await call<WeeklyReview>(core, 'journal.weeklyReview', {
      date: '2024-01-29',
      timeZone: 'Europe/Madrid',
      locale: 'es',
    });
    expect(review.links.items.map((l) => l.resolved)).toContain(result.note.path);
  });

  it('writes nothing when the entry changed since the editor saved it', async () => {
    const { core, root } = await open(reviewVault);
    const { note, start } = await entry(core);
    await writeFiles(root, {
      [entryPath]: (await readText(root, entryPath)).replace('Met Ana', 'Met Bo'),
    });
    const before = await vaultFiles(root);
    const response = await core.dispatch('journal.promote', {
      path: entryPath,
      baseVersion: note.version,
      selection: { text: sentence, start },
      type: 'practice',
      title: 'Scoring scales',
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await vaultFiles(root)).toEqual(before);
  });

  it('writes nothing when the new note’s name is taken, or the text is not there', async () => {
    const { core, root } = await open(reviewVault);
    const { note, start } = await entry(core);
    const before = await vaultFiles(root);
    const base = { path: entryPath, baseVersion: note.version, type: 'solution' as const };
    expect(
      await core.dispatch('journal.promote', {
        ...base,
        selection: { text: sentence, start },
        title: 'Joint purchasing',
        folder: 'Procurement',
      }),
    ).toMatchObject({ ok: false, error: { code: 'EXISTS' } });
    expect(
      await core.dispatch('journal.promote', {
        ...base,
        selection: { text: 'Never written.' },
        title: 'X',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID', message: expect.stringMatching(/not in the saved entry/) },
    });
    expect(
      await core.dispatch('journal.promote', { ...base, selection: { text: 'the' }, title: 'X' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID', message: expect.stringMatching(/more than once/) },
    });
    expect(
      await core.dispatch('journal.promote', {
        ...base,
        selection: { text: sentence },
        title: '???',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await vaultFiles(root)).toEqual(before);
  });

  it('suggests the domains of linked notes when the entry has none, and keeps links out of code', async () => {
    const { core } = await open({
      'Procurement/Framework agreements.md': `${fm({ domains: '[procurement]' })}# Framework agreements\n`,
      'journal/2024/2024-03-01.md':
        'Read [[Framework agreements]] today.\n\n```\nselected inside code\n```\n',
    });
    const note = await call<Note>(core, 'notes.read', { path: 'journal/2024/2024-03-01.md' });
    const result = await call<{ note: Note; entry: Note }>(core, 'journal.promote', {
      path: note.path,
      baseVersion: note.version,
      selection: { text: 'selected inside' },
      type: 'practice',
      title: 'Code lesson',
    });
    expect(result.note.domains).toEqual(['procurement']);
    expect(result.note.body).toContain('## When to use it');
    // Inside a code block a link would not be one: it goes on its own line at the end.
    expect(result.entry.body).toBe(
      'Read [[Framework agreements]] today.\n\n```\nselected inside code\n```\n\n→ [[Code lesson]]\n',
    );
    const backlinks = await call<{ source: string }[]>(core, 'links.backlinks', {
      path: 'Code lesson.md',
    });
    expect(backlinks.map((b) => b.source)).toEqual([note.path]);
  });

  it('links by path when another note already has the new note’s name', async () => {
    const { core } = await open({
      'Elsewhere/Lesson.md': '# Another lesson\n',
      'journal/2024/2024-03-01.md': 'Learned something.\n',
    });
    const note = await call<Note>(core, 'notes.read', { path: 'journal/2024/2024-03-01.md' });
    const result = await call<{ entry: Note; note: Note }>(core, 'journal.promote', {
      path: note.path,
      baseVersion: note.version,
      selection: { text: 'Learned some' },
      type: 'solution',
      title: 'Lesson',
      folder: 'Procurement',
    });
    // The selection ended inside a word: the link goes after the word and its full stop.
    expect(result.entry.body).toBe('Learned something. → [[Procurement/Lesson]]\n');
    const outgoing = await call<{ resolved: string | null }[]>(core, 'links.outgoing', {
      path: note.path,
    });
    expect(outgoing.map((l) => l.resolved)).toEqual([result.note.path]);
  });
});

describe('a promoted note follows the vault’s template', () => {
  const entryPath = 'journal/2024/2024-03-01.md';
  const entryFile = `${fm({ type: 'journal', domains: '[procurement]' })}# 1 March\n\nKeep meetings short.\n`;

  async function promote(core: PraxisCore, type: 'solution' | 'practice') {
    const note = await call<Note>(core, 'notes.read', { path: entryPath });
    return call<{ note: Note; entry: Note }>(core, 'journal.promote', {
      path: entryPath,
      baseVersion: note.version,
      selection: { text: 'Keep meetings short.' },
      type,
      title: 'Short meetings',
      locale: 'en',
    });
  }

  it('fills the template’s placeholders and puts the selection first under its title', async () => {
    const { core } = await open({
      [entryPath]: entryFile,
      'templates/Practice.md':
        '---\ntype: practice\ntags: [lesson]\ntemplate-description: Ours.\n---\n' +
        '# {{title}}\n\n> Community: {{domain}}\n\n## Steps\n',
    });
    const { note } = await promote(core, 'practice');
    expect(note.body).toBe(
      '# Short meetings\n\nKeep meetings short.\n\nFrom my journal: [[2024-03-01]].\n\n' +
        '> Community: Procurement and contracts\n\n## Steps\n',
    );
    expect(note.frontMatter).toMatchObject({
      type: 'practice',
      domains: ['procurement'],
      tags: ['lesson'],
    });
    expect(note.frontMatter).not.toHaveProperty('template-description');
  });

  it('keeps a template’s Windows line ends, and a template without a title heading', async () => {
    const { core } = await open({
      [entryPath]: entryFile,
      'templates/Solution.md': '---\r\ntype: solution\r\n---\r\n## Problem\r\n\r\n## Outcome\r\n',
    });
    const { note } = await promote(core, 'solution');
    const raw = await fs.readFile(path.join(core.vaultPath, note.path), 'utf8');
    expect(raw).toContain(
      '---\r\nKeep meetings short.\r\n\r\nFrom my journal: [[2024-03-01]].\r\n\r\n## Problem\r\n',
    );
  });

  it('falls back to the built-in skeleton when the template was deleted or cannot be read', async () => {
    const { core, root } = await open({
      [entryPath]: entryFile,
      'templates/Practice.md': '---\ntype: practice\ntags: [unclosed\n---\n# {{title}}\n',
    });
    // The default solution template, written once, then deleted by the user.
    await call(core, 'templates.list');
    await call(core, 'notes.delete', { path: 'templates/Solution.md' });
    const solution = await promote(core, 'solution');
    expect(solution.note.body).toContain('## What was tried\n\n## Outcome\n');
    expect(await fs.stat(path.join(root, 'templates/Solution.md')).catch(() => null)).toBeNull();

    await call(core, 'notes.delete', { path: 'Short meetings.md' });
    const practice = await promote(core, 'practice');
    expect(practice.note.body).toBe(
      '# Short meetings\n\nKeep meetings short.\n\nFrom my journal: [[2024-03-01]].\n\n' +
        '## When to use it\n\n## How to do it\n\n## Lessons from our community\n\n## Who to ask\n\n',
    );
    expect(practice.note.domains).toEqual(['procurement']);
  });
});

describe('the weekly review leaves templates out', () => {
  it('does not list the templates folder as notes created or updated that week', async () => {
    const { core } = await open({ 'Plan.md': '# Plan\n' });
    await call(core, 'templates.list');
    const today = new Date().toISOString().slice(0, 10);
    const review = await call<WeeklyReview>(core, 'journal.weeklyReview', {
      date: today,
      timeZone: 'UTC',
      locale: 'en-GB',
    });
    const listed = [...review.notesCreated.items, ...review.notesUpdated.items].map((n) => n.path);
    expect(listed).toContain('Plan.md');
    expect(listed.filter((p) => p.startsWith('templates/'))).toEqual([]);
  });
});
