import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHexColour } from '../../../shared/domains/domainColour';
import { domainSlugProblem } from '../../../shared/domains/domainSlug';
import { readText, snapshotFolder } from '../../../testing/core/tempVault';
import { failureOf, openTestCores } from '../../../testing/core/testCore';
import { DB_FILE } from '../store/metadataStore';

const note = (fm: Record<string, string>, body = '') =>
  `---\n${Object.entries(fm)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n${body}`;

describe('community domains', () => {
  const open = openTestCores();

  describe('the default set', () => {
    it('is given to a new vault: public-administration domains, described, coloured, editable', async () => {
      const { call } = await open();
      const domains = await call('domains.list');
      expect(domains.map((d) => d.slug)).toEqual([
        'procurement',
        'hr-and-talent',
        'digital-services',
        'finance-and-budget',
        'legal-and-regulatory',
        'citizen-services',
        'data-and-statistics',
        'policy-evaluation',
      ]);
      for (const d of domains) {
        expect(domainSlugProblem(d.slug)).toBeNull();
        expect(d.name.length).toBeGreaterThan(3);
        expect(d.description.length).toBeGreaterThan(60);
        expect(parseHexColour(d.colour)).toBe(d.colour);
        expect(Date.parse(d.created)).not.toBeNaN();
      }
      expect(new Set(domains.map((d) => d.colour)).size).toBe(domains.length);
      await call('domains.update', { slug: 'procurement', name: 'Public procurement' });
      expect((await call('domains.get', { slug: 'procurement' })).name).toBe('Public procurement');
    });

    it('is given to an existing vault whose db.json has no domains yet, keeping its settings', async () => {
      const { call, root } = await open({
        [DB_FILE]: JSON.stringify({ schemaVersion: 1, settings: { theme: 'dark' } }),
        'Note.md': note({ domains: '[procurement]' }),
      });
      expect((await call('settings.get')).theme).toBe('dark');
      const domains = await call('domains.list');
      expect(domains).toHaveLength(8);
      expect(domains[0]).toMatchObject({ slug: 'procurement', noteCount: 1 });
      const saved = JSON.parse(await fs.readFile(path.join(root, DB_FILE), 'utf8'));
      expect(saved.domains).toHaveLength(8);
    });

    it('is not brought back once the user has deleted every domain', async () => {
      const t = await open();
      for (const d of await t.call('domains.list'))
        await t.call('domains.delete', { slug: d.slug });
      await t.reopen();
      expect(await t.call('domains.list')).toEqual([]);
    });
  });

  it('shows the sample vault with its domains, an open question and a review due', async () => {
    const temp = await open({}, { seed: true });
    const overview = await temp.call('domains.overview');
    expect(overview.unknown).toEqual([]);
    expect(overview.domains.find((d) => d.slug === 'procurement')?.noteCount).toBe(2);
    const procurement = await temp.call('domains.page', { slug: 'procurement' });
    expect(procurement.needsReview.map((r) => [r.note.title, r.steward, r.daysOverdue])).toEqual([
      ['Framework agreements', 'Marta Vidal', 10],
    ]);
    const citizens = await temp.call('domains.page', { slug: 'citizen-services' });
    expect(citizens.openQuestions.map((q) => q.title)).toEqual([
      'How do we test a new service with citizens?',
    ]);
  });

  describe('creating and editing', () => {
    it('creates a domain with a slug made from its name and a colour no other domain uses', async () => {
      const t = await open();
      const created = await t.call('domains.create', {
        name: '  Contratación   pública ',
        description: 'Compras del sector público.',
        moderators: [{ name: ' Ana Ruiz ', contact: 'ana@example.org' }],
      });
      expect(created).toMatchObject({
        slug: 'contratacion-publica',
        name: 'Contratación pública',
        description: 'Compras del sector público.',
        moderators: [{ name: 'Ana Ruiz', contact: 'ana@example.org' }],
        noteCount: 0,
      });
      const others = (await t.call('domains.list')).filter((d) => d.slug !== created.slug);
      expect(others.map((d) => d.colour)).not.toContain(created.colour);
      expect(t.events).toContainEqual({
        type: 'domains.changed',
        payload: { slugs: ['contratacion-publica'] },
      });
      await t.reopen();
      expect((await t.call('domains.list')).at(-1)).toMatchObject({ slug: 'contratacion-publica' });
    });

    it('updates only the fields given, normalising the colour', async () => {
      const { call } = await open();
      const before = await call('domains.get', { slug: 'hr-and-talent' });
      const after = await call('domains.update', {
        slug: 'hr-and-talent',
        colour: '#ABC',
        moderators: [{ name: 'Joan', contact: '' }],
      });
      expect(after).toEqual({
        ...before,
        colour: '#aabbcc',
        moderators: [{ name: 'Joan', contact: '' }],
      });
    });

    it.each([
      [{ name: '   ' }, 'INVALID', 'name', 'A domain needs a name.'],
      [
        { name: 'Tenders', colour: 'blue' },
        'INVALID',
        'colour',
        '"blue" is not a colour Praxis can use: write it as #rrggbb, e.g. #1d5fa8.',
      ],
      [
        { name: 'Tenders', slug: 'Public Tenders' },
        'INVALID',
        'slug',
        '"Public Tenders" cannot be a domain slug: use lower-case letters, digits and single dashes, e.g. "public-tenders".',
      ],
      [
        { name: 'Buying', slug: 'procurement' },
        'EXISTS',
        'slug',
        'There is already a domain "procurement" (Procurement and contracts). Choose another slug, or merge into that domain.',
      ],
      [
        { name: 'hr AND talent', slug: 'people' },
        'EXISTS',
        'name',
        'There is already a domain named "HR and talent" (hr-and-talent). Choose another name.',
      ],
      [{ name: 'Procurement' }, 'EXISTS', 'slug', /already a domain "procurement"/],
      [{ name: '¿?' }, 'INVALID', 'slug', /give the domain a slug/],
      [
        {
          name: 'Tenders',
          moderators: [
            { name: 'Ana', contact: '' },
            { name: ' ', contact: 'x' },
          ],
        },
        'INVALID',
        'moderators',
        /Moderator 2 has no name/,
      ],
    ])('refuses %j with %s on %s, changing nothing', async (args, code, field, message) => {
      const { call, root } = await open();
      const before = await snapshotFolder(root);
      const error = await failureOf(call('domains.create', args));
      expect(error).toMatchObject({ code, data: { field } });
      if (typeof message === 'string') expect(error.message).toBe(message);
      else expect(error.message).toMatch(message);
      expect(await snapshotFolder(root)).toEqual(before);
    });

    it('refuses to give a domain the name of another, or to edit one that does not exist', async () => {
      const { call } = await open();
      expect(
        await failureOf(
          call('domains.update', { slug: 'hr-and-talent', name: 'Digital Services' }),
        ),
      ).toMatchObject({ code: 'EXISTS', data: { field: 'name' } });
      expect(await failureOf(call('domains.update', { slug: 'nope', name: 'X' }))).toMatchObject({
        code: 'NOT_FOUND',
      });
      // Its own name, in another case, is fine.
      await call('domains.update', { slug: 'hr-and-talent', name: 'HR And Talent' });
    });
  });

  describe('notes and domains', () => {
    const vault = {
      'a.md': note({ type: 'solution', domains: '[procurement, Procurement]' }),
      'b.md': note({ type: 'practice', domains: '[procurement, Procurment]' }),
      'c.md': note({ type: 'question', domains: '"Finance & Budget, procurment"' }),
      'd.md': note({ type: 'note' }),
      'templates/Solution.md': note({ type: 'solution', domains: '[procurement, ghost]' }),
    };

    it('counts each note once per domain, by type, and never counts templates', async () => {
      const { call } = await open(vault);
      const procurement = await call('domains.get', { slug: 'procurement' });
      expect(procurement).toMatchObject({
        noteCount: 2,
        byType: [
          { type: 'practice', count: 1 },
          { type: 'solution', count: 1 },
        ],
      });
      const overview = await call('domains.overview');
      expect(overview).toMatchObject({ withoutDomain: 1, totalNotes: 4 });
      expect(overview.domains.map((d) => d.noteCount)).toEqual([2, 0, 0, 0, 0, 0, 0, 0]);
    });

    it('lists the domains notes name that are not in the list, keeping the notes as written', async () => {
      const { call, root } = await open(vault);
      const before = await snapshotFolder(root);
      expect(await call('domains.unknown')).toEqual([
        { slug: 'Procurment', count: 2, suggestedSlug: 'procurment' },
        { slug: 'Finance & Budget', count: 1, suggestedSlug: 'finance-and-budget' },
      ]);
      expect((await call('domains.overview')).unknown).toHaveLength(2);
      // Creating it makes it known; the notes were never touched.
      await call('domains.create', { slug: 'procurment', name: 'Typo domain' });
      expect((await call('domains.unknown')).map((u) => u.slug)).toEqual(['Finance & Budget']);
      const after = await snapshotFolder(root);
      expect([...after].filter(([p]) => !p.startsWith('.praxis'))).toEqual(
        [...before].filter(([p]) => !p.startsWith('.praxis')),
      );
    });
  });

  describe('the domain page', () => {
    const day = (offset: number) => {
      const d = new Date(2026, 4, 15 + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const now = () => new Date(2026, 4, 15, 12, 0, 0);
    const files = {
      'Hub.md': note(
        { type: 'note', domains: '[digital-services]', updated: '2026-05-01' },
        '[[Popular]] [[Linked]]',
      ),
      'Other.md': note({ type: 'note' }, '[[Popular]] [[Popular]]'),
      'Popular.md': note({
        type: 'practice',
        domains: '[digital-services]',
        updated: '2026-05-10',
        'review-by': day(-1),
        steward: 'Ana',
      }),
      'Linked.md': note({
        type: 'solution',
        domains: '[digital-services]',
        updated: '2026-04-01',
        'review-by': day(-30),
        tags: '[ux/research]',
      }),
      'Due today.md': note({
        type: 'solution',
        domains: '[digital-services]',
        'review-by': day(0),
      }),
      'Future.md': note({ type: 'practice', domains: '[digital-services]', 'review-by': day(10) }),
      'Bad date.md': note({
        type: 'practice',
        domains: '[digital-services]',
        'review-by': '2026-02-30',
      }),
      'Not stewarded.md': note({
        type: 'meeting',
        domains: '[digital-services]',
        'review-by': day(-5),
      }),
      'Open.md': note(
        { type: 'question', domains: '[digital-services]', created: '2026-05-02' },
        '## Accepted answer\n<!-- hint -->\n',
      ),
      'Answered.md': note(
        { type: 'question', domains: '[digital-services]' },
        '## Accepted answer\nYes.\n',
      ),
      'Answered in front matter.md': note({
        type: 'question',
        domains: '[digital-services]',
        'accepted-answer': '"[[Linked]]"',
      }),
      'Older open.md': note(
        { type: 'question', domains: '[digital-services]', created: '2026-01-02' },
        '#ux',
      ),
      'Elsewhere.md': note({ type: 'question', domains: '[procurement]' }),
      'templates/Question.md': note({ type: 'question', domains: '[digital-services]' }),
    };

    it('shows description, moderators, counts, recent, most linked, open questions and reviews due', async () => {
      const { call } = await open(files, { now });
      await call('domains.update', {
        slug: 'digital-services',
        moderators: [{ name: 'Marta', contact: 'marta@example.org' }],
      });
      const page = await call('domains.page', { slug: 'digital-services', limit: 20 });
      expect(page.domain).toMatchObject({
        name: 'Digital services',
        moderators: [{ name: 'Marta', contact: 'marta@example.org' }],
      });
      expect(page.domain!.description).toMatch(/user research/);
      expect(page.noteCount).toBe(11);
      expect(page.byType).toEqual([
        { type: 'question', count: 4 },
        { type: 'practice', count: 3 },
        { type: 'solution', count: 2 },
        { type: 'meeting', count: 1 },
        { type: 'note', count: 1 },
      ]);
      // Notes without `updated` count from their file's time (now); the others by their field.
      const dated = ['Popular.md', 'Hub.md', 'Linked.md'];
      expect(page.recentlyUpdated).toHaveLength(11);
      expect(page.recentlyUpdated.slice(-3).map((n) => n.path)).toEqual(dated);
      expect(page.mostLinked.map((m) => [m.note.path, m.backlinks])).toEqual([
        ['Popular.md', 2],
        ['Linked.md', 1],
      ]);
      expect(page.openQuestions.map((n) => n.path)).toEqual(['Open.md', 'Older open.md']);
      expect(page.needsReview.map((r) => [r.note.path, r.daysOverdue, r.steward])).toEqual([
        ['Linked.md', 30, null],
        ['Popular.md', 1, 'Ana'],
      ]);
      expect(page.needsReview[0]!.reviewBy).toBe(day(-30));
      expect(page.topTags).toEqual([
        { tag: 'ux', count: 1 },
        { tag: 'ux/research', count: 1 },
      ]);
    });

    it('follows edits: an accepted answer closes a question, a new review date clears a review', async () => {
      const { call } = await open(files, { now });
      const open1 = await call('notes.read', { path: 'Open.md' });
      await call('notes.save', {
        path: 'Open.md',
        baseVersion: open1.version,
        body: '## Accepted answer\nUse the booking pilot.\n',
      });
      const linked = await call('notes.read', { path: 'Linked.md' });
      await call('notes.save', {
        path: 'Linked.md',
        baseVersion: linked.version,
        body: linked.body,
        frontMatter: { 'review-by': day(365) },
      });
      const page = await call('domains.page', { slug: 'digital-services' });
      expect(page.openQuestions.map((n) => n.path)).toEqual(['Older open.md']);
      expect(page.needsReview.map((r) => r.note.path)).toEqual(['Popular.md']);
    });

    it('lists reviews due for the whole vault or one domain', async () => {
      const { call } = await open(
        {
          ...files,
          'P.md': note({ type: 'solution', domains: '[procurement]', 'review-by': day(-2) }),
        },
        { now },
      );
      expect((await call('domains.needsReview', {})).map((r) => r.note.path)).toEqual([
        'Linked.md',
        'P.md',
        'Popular.md',
      ]);
      expect(
        (await call('domains.needsReview', { slug: 'procurement' })).map((r) => r.note.path),
      ).toEqual(['P.md']);
      expect(await failureOf(call('domains.needsReview', { slug: 'nowhere' }))).toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it("counts overdue days on the vault's calendar, not the machine's", async () => {
      const review = { 'R.md': note({ type: 'solution', 'review-by': '2026-03-01' }) };
      // 23:30 UTC on 1 March is already 2 March in Madrid: due yesterday there, not yet in UTC.
      const at = () => new Date(Date.UTC(2026, 2, 1, 23, 30));
      const madrid = await open(review, { now: at, timeZone: 'Europe/Madrid' });
      expect((await madrid.call('domains.needsReview', {})).map((r) => r.daysOverdue)).toEqual([1]);
      const utc = await open(review, { now: at, timeZone: 'UTC' });
      expect(await utc.call('domains.needsReview', {})).toEqual([]);
    });

    it('exists for a slug only notes use, and not for one nothing uses', async () => {
      const { call } = await open({ 'x.md': note({ domains: '[Gov-Lab]' }) });
      const page = await call('domains.page', { slug: 'gov-lab' });
      expect(page).toMatchObject({ slug: 'Gov-Lab', domain: null, noteCount: 1 });
      expect(await failureOf(call('domains.page', { slug: 'nothing' }))).toMatchObject({
        code: 'NOT_FOUND',
        message: 'There is no domain "nothing" and no note names it.',
      });
    });

    it('shows shared knowledge only: private notes are counted apart, never listed', async () => {
      const { call } = await open(
        {
          'Shared b.md': note({ type: 'practice', domains: '[procurement]' }, '# Bid checks'),
          'Shared a.md': note({ type: 'solution', domains: '[procurement]' }, '# Award notice'),
          'journal/2026/2026-11-30.md': note(
            { type: 'journal', domains: '[procurement]' },
            '# Monday, 30 November 2026',
          ),
          'journal/2026/2026-12-01.md': note({ domains: '[procurement]', updated: '2099-01-01' }),
          'HR/Salaries.md': note({ domains: '[procurement]', private: 'true' }),
          // The author's word wins: an entry marked shareable is shared knowledge.
          'journal/2026/2026-12-02.md': note({ domains: '[procurement]', private: 'false' }),
          'journal/2026/2026-12-03.md': note({ type: 'journal' }),
        },
        { now },
      );
      const page = await call('domains.page', { slug: 'procurement', limit: 10 });
      const shared = ['Shared a.md', 'Shared b.md', 'journal/2026/2026-12-02.md'];
      expect(page).toMatchObject({ noteCount: 3, privateCount: 3 });
      expect(page.notes.map((n) => n.path)).toEqual([
        'journal/2026/2026-12-02.md',
        ...shared.slice(0, 2),
      ]);
      expect(page.recentlyUpdated.map((n) => n.path).sort()).toEqual(shared);
      expect(page.byType.reduce((sum, t) => sum + t.count, 0)).toBe(3);
      expect(page.byType.map((t) => t.type)).not.toContain('journal');
      const overview = await call('domains.overview');
      expect(overview.domains.find((d) => d.slug === 'procurement')).toMatchObject({
        noteCount: 3,
        privateCount: 3,
      });
      expect(overview).toMatchObject({ totalNotes: 3, privateNotes: 4, withoutDomain: 0 });
      expect((await call('domains.get', { slug: 'procurement' })).noteCount).toBe(3);
    });

    it('bounds its lists with limit', async () => {
      const { call } = await open(files, { now });
      const page = await call('domains.page', { slug: 'digital-services', limit: 1 });
      expect(page.recentlyUpdated).toHaveLength(1);
      expect(page.openQuestions).toHaveLength(1);
      expect(page.needsReview).toHaveLength(1);
    });
  });

  describe('deleting, renaming and merging', () => {
    const vault = {
      'a.md': note({ domains: '[procurement, digital-services]' }, 'A'),
      'b.md': note({ domains: '[Digital-Services]' }, 'B'),
      'c.md': note({ domains: 'digital-services, hr-and-talent' }, 'C'),
      'd.md': note({ domains: '[citizen-services]' }, 'D'),
    };

    it('refuses to delete a domain notes use unless told what to do with them', async () => {
      const { call, root } = await open(vault);
      const before = await snapshotFolder(root);
      const error = await failureOf(call('domains.delete', { slug: 'digital-services' }));
      expect(error).toMatchObject({ code: 'CONFLICT', data: { count: 3 } });
      expect(error.message).toBe(
        '3 notes belong to "Digital services". Remove the domain from them as well, keep them naming it, or merge it into another domain.',
      );
      expect(await snapshotFolder(root)).toEqual(before);
    });

    it('deletes a domain and removes it from its notes, undoably', async () => {
      const t = await open(vault);
      const beforeA = await readText(t.root, 'a.md');
      const report = await t.call('domains.delete', { slug: 'digital-services', notes: 'remove' });
      expect(report).toMatchObject({
        kind: 'domain.delete',
        files: [
          { path: 'a.md', occurrences: 1 },
          { path: 'b.md', occurrences: 1 },
          { path: 'c.md', occurrences: 1 },
        ],
        domainsRemoved: ['digital-services'],
      });
      expect(await readText(t.root, 'a.md')).toBe(note({ domains: '[procurement]' }, 'A'));
      expect(await readText(t.root, 'b.md')).toBe(note({ domains: '[]' }, 'B'));
      expect(await readText(t.root, 'c.md')).toBe(note({ domains: 'hr-and-talent' }, 'C'));
      expect((await t.call('domains.list')).map((d) => d.slug)).not.toContain('digital-services');

      await t.call('refactor.undo', { id: report.id! });
      expect(await readText(t.root, 'a.md')).toBe(beforeA);
      // Back in its place in the list.
      expect((await t.call('domains.list'))[2]).toMatchObject({
        slug: 'digital-services',
        noteCount: 3,
      });
    });

    it('deletes a domain and leaves its notes naming it, which then makes it unknown', async () => {
      const { call, root } = await open(vault);
      const before = await readText(root, 'b.md');
      const report = await call('domains.delete', { slug: 'digital-services', notes: 'keep' });
      expect(report.files).toEqual([]);
      expect(await readText(root, 'b.md')).toBe(before);
      expect(await call('domains.unknown')).toEqual([
        { slug: 'digital-services', count: 3, suggestedSlug: 'digital-services' },
      ]);
    });

    it('renames a domain in place in the list and in every note naming it', async () => {
      const t = await open(vault);
      await t.call('domains.update', { slug: 'digital-services', description: 'Kept.' });
      const preview = await t.call('domains.rename', {
        from: 'digital-services',
        to: 'digital',
        dryRun: true,
      });
      expect(preview).toMatchObject({ id: null, dryRun: true, occurrences: 3 });
      expect(await readText(t.root, 'a.md')).toBe(vault['a.md']);

      const report = await t.call('domains.rename', { from: 'digital-services', to: 'digital' });
      expect(report.files.map((f) => f.path)).toEqual(['a.md', 'b.md', 'c.md']);
      expect(report).toMatchObject({
        domainsRemoved: ['digital-services'],
        domainsAdded: ['digital'],
      });
      expect(await readText(t.root, 'a.md')).toBe(note({ domains: '[procurement, digital]' }, 'A'));
      expect(await readText(t.root, 'c.md')).toBe(note({ domains: 'digital, hr-and-talent' }, 'C'));
      const list = await t.call('domains.list');
      expect(list[2]).toMatchObject({
        slug: 'digital',
        name: 'Digital services',
        description: 'Kept.',
        noteCount: 3,
      });
      expect(t.events.filter((e) => e.type === 'domains.changed').at(-1)).toEqual({
        type: 'domains.changed',
        payload: { slugs: ['digital-services', 'digital'] },
      });
    });

    it('refuses a rename onto a listed domain, an invalid slug, or nothing at all', async () => {
      const { call } = await open(vault);
      expect(
        await failureOf(call('domains.rename', { from: 'digital-services', to: 'procurement' })),
      ).toMatchObject({ code: 'EXISTS', data: { field: 'slug' } });
      expect(
        await failureOf(call('domains.rename', { from: 'digital-services', to: 'Digital Stuff' })),
      ).toMatchObject({ code: 'INVALID', data: { field: 'slug' } });
      expect(await failureOf(call('domains.rename', { from: 'nope', to: 'x' }))).toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('renames a slug only notes use (a typo), without touching the list', async () => {
      const { call, root } = await open({ 'x.md': note({ domains: '[procurment]' }) });
      const report = await call('domains.rename', { from: 'procurment', to: 'tenders' });
      expect(report).toMatchObject({ domainsRemoved: [], domainsAdded: [] });
      expect(await readText(root, 'x.md')).toBe(note({ domains: '[tenders]' }));
    });

    it('merges domains and unknown slugs into one, once per note, removing the sources from the list', async () => {
      const { call, root } = await open({
        ...vault,
        'e.md': note({ domains: '[procurment, procurement]' }),
      });
      const report = await call('domains.merge', {
        sources: ['digital-services', 'procurment'],
        into: 'procurement',
      });
      expect(report).toMatchObject({
        kind: 'domain.merge',
        domainsRemoved: ['digital-services'],
        occurrences: 4,
      });
      expect(await readText(root, 'a.md')).toBe(note({ domains: '[procurement]' }, 'A'));
      expect(await readText(root, 'e.md')).toBe(note({ domains: '[procurement]' }));
      expect((await call('domains.get', { slug: 'procurement' })).noteCount).toBe(4);
      expect(await call('domains.unknown')).toEqual([]);
      expect(
        await failureOf(call('domains.merge', { sources: ['hr-and-talent'], into: 'nowhere' })),
      ).toMatchObject({ code: 'NOT_FOUND', data: { field: 'into' } });
      expect(
        await failureOf(call('domains.merge', { sources: ['procurement'], into: 'procurement' })),
      ).toMatchObject({ code: 'INVALID' });
    });
  });
});
