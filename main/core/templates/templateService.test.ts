import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../testing/core/tempVault';
import { failureOf, openTestCores } from '../../../testing/core/testCore';
import { DEFAULT_TEMPLATES, defaultTemplates } from './defaultTemplates';
import { quoteBarePlaceholders } from './templateNote';

const now = () => new Date(2026, 2, 5, 9, 30, 0); // 5 March 2026, 09:30 local time

describe('note templates', () => {
  const open = openTestCores({ now });

  describe('the default templates', () => {
    it('are written into a visible templates folder the first time templates are asked for', async () => {
      const t = await open({ 'Note.md': '# A note\n' });
      expect(await fs.readdir(t.root)).not.toContain('templates');
      const templates = await t.call('templates.list');
      expect(templates.map((x) => [x.name, x.type, x.stewarded])).toEqual([
        ['Solution', 'solution', true],
        ['After-action review', 'after-action-review', false],
        ['Practice', 'practice', true],
        ['CoP session', 'meeting', false],
        ['Question', 'question', false],
        ['Note', 'note', false],
      ]);
      for (const x of templates) expect(x.description.length).toBeGreaterThan(10);
      for (const d of DEFAULT_TEMPLATES)
        expect(await readText(t.root, `templates/${d.fileName}`)).toBe(d.content);
      // Asking again writes nothing.
      const stat = await fs.stat(path.join(t.root, 'templates/Solution.md'));
      await t.call('templates.list');
      expect((await fs.stat(path.join(t.root, 'templates/Solution.md'))).mtimeMs).toBe(
        stat.mtimeMs,
      );
    });

    it('never overwrite a user edit, and one the user deleted stays deleted until restored', async () => {
      const t = await open();
      await t.call('templates.list');
      const edited = '---\ntype: solution\n---\n# {{title}}\nOur own layout.\n';
      await fs.writeFile(path.join(t.root, 'templates/Solution.md'), edited);
      await t.call('notes.delete', { path: 'templates/Question.md' });
      await t.reopen();
      expect((await t.call('templates.list')).map((x) => x.name)).not.toContain('Question');
      expect(await t.call('templates.restoreDefaults', {})).toEqual({
        created: ['templates/Question.md'],
        replaced: [],
        edited: ['templates/Solution.md'],
      });
      expect(await readText(t.root, 'templates/Solution.md')).toBe(edited);
      expect((await t.call('templates.list')).map((x) => x.name)).toContain('Question');
    });

    it('are restored in the language asked for; an edited one is replaced only when asked, its text kept in the trash', async () => {
      const t = await open();
      await t.call('templates.list');
      const edited = '---\ntype: solution\n---\n# {{title}}\nOur own layout.\n';
      await fs.writeFile(path.join(t.root, 'templates/Solution.md'), edited);
      await t.reopen();

      const first = await t.call('templates.restoreDefaults', { language: 'es' });
      expect(first.edited).toEqual(['templates/Solution.md']);
      // Unedited English defaults make way for the Spanish ones (into the trash, like any delete).
      expect(first.replaced).toHaveLength(DEFAULT_TEMPLATES.length - 1);
      expect(first.replaced).not.toContain('templates/Solution.md');
      expect(first.created).toEqual([]);
      expect(await readText(t.root, 'templates/Solution.md')).toBe(edited);
      const spanish = defaultTemplates('es');
      for (const d of spanish.filter((x) => x.id !== 'solution'))
        expect(await readText(t.root, `templates/${d.fileName}`)).toBe(d.content);
      expect(await fs.readdir(path.join(t.root, 'templates'))).not.toContain('Solución.md');

      const second = await t.call('templates.restoreDefaults', { language: 'es', replace: true });
      expect(second).toEqual({ created: [], replaced: ['templates/Solution.md'], edited: [] });
      expect(await readText(t.root, 'templates/Solución.md')).toBe(spanish[0]!.content);
      expect(await fs.readdir(path.join(t.root, 'templates'))).not.toContain('Solution.md');
      const trash = await t.call('trash.list');
      const kept = trash.find((entry) => entry.originalPath === 'templates/Solution.md')!;
      await t.call('trash.restore', { id: kept.id });
      expect(await readText(t.root, 'templates/Solution.md')).toBe(edited);

      // Nothing left to do: a third time changes nothing.
      expect(await t.call('templates.restoreDefaults', { language: 'es' })).toEqual({
        created: [],
        replaced: [],
        edited: ['templates/Solution.md'],
      });
    });

    it("are first written in the vault's language", async () => {
      const t = await open();
      await t.call('settings.update', { locale: 'ca' });
      const names = (await t.call('templates.list')).map((x) => x.name);
      expect(names).toEqual(defaultTemplates('ca').map((d) => d.fileName.replace(/\.md$/, '')));
    });

    it("use an Obsidian vault's Templates folder as it is, keeping the templates already there", async () => {
      const mine = '---\ntype: meeting\n---\n# {{title}} on {{date:dddd}}\n';
      const t = await open({ 'Templates/Solution.md': mine, 'Templates/Daily.md': '{{date}}\n' });
      const templates = await t.call('templates.list');
      expect(templates.map((x) => x.path)).toContain('Templates/Daily.md');
      expect(templates.map((x) => x.path)).toContain('Templates/Question.md');
      expect(await readText(t.root, 'Templates/Solution.md')).toBe(mine);
      expect(await fs.readdir(t.root)).not.toContain('templates');
    });

    it('are templates, not notes: not counted in domains or tags, not open questions', async () => {
      const t = await open({
        'templates/Ask.md':
          '---\ntype: question\ndomains: [procurement]\ntags: [asking]\n---\n#inline\n',
      });
      await t.call('templates.list');
      const notes = await t.call('notes.list');
      expect(new Set(notes.map((n) => n.type))).toEqual(new Set(['template']));
      expect((await t.call('domains.get', { slug: 'procurement' })).noteCount).toBe(0);
      expect(await t.call('domains.overview')).toMatchObject({ totalNotes: 0, unknown: [] });
      expect(await t.call('tags.list')).toEqual([]);
      expect(await t.call('tags.notes', { tag: 'asking' })).toEqual([]);
      expect(await failureOf(t.call('domains.page', { slug: 'nothing-here' }))).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect((await t.call('domains.page', { slug: 'procurement' })).openQuestions).toEqual([]);
    });
  });

  describe('a note made from a template', () => {
    it('is a solution with its fields, stewardship and filled placeholders', async () => {
      const t = await open();
      await t.call('templates.list');
      const note = await t.call('templates.createNote', {
        template: 'templates/Solution.md',
        folder: 'Procurement',
        name: 'Faster invoices',
        title: 'Faster invoices: paying suppliers in 10 days',
        domains: ['procurement', 'finance-and-budget', 'Procurement'],
        steward: 'Ana Ruiz',
      });
      expect(note).toMatchObject({
        path: 'Procurement/Faster invoices.md',
        title: 'Faster invoices: paying suppliers in 10 days',
        type: 'solution',
        domains: ['procurement', 'finance-and-budget'],
      });
      const text = await readText(t.root, 'Procurement/Faster invoices.md');
      const [, frontMatter, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text)!;
      expect(frontMatter!.split('\n').map((line) => line.split(':')[0])).toEqual([
        'id',
        'type',
        'domains',
        'tags',
        'steward',
        'review-by',
        'created',
        'updated',
        '',
      ]);
      expect(note.frontMatter).toMatchObject({
        type: 'solution',
        domains: ['procurement', 'finance-and-budget'],
        tags: [],
        steward: 'Ana Ruiz',
        'review-by': '2027-03-05',
        created: now().toISOString(),
      });
      expect(note.frontMatter).not.toHaveProperty('template-description');
      expect(frontMatter).toContain('domains: [procurement, finance-and-budget]\n');
      expect(body).toBe(
        DEFAULT_TEMPLATES[0]!.content
          .split('---\n')[2]!
          .replace('{{title}}', 'Faster invoices: paying suppliers in 10 days')
          .replace('{{steward}}', 'Ana Ruiz'),
      );
      expect((await t.call('domains.page', { slug: 'procurement' })).recentlyUpdated[0]!.path).toBe(
        'Procurement/Faster invoices.md',
      );
    });

    it('fills the date, time and the domain name in a CoP session', async () => {
      const t = await open();
      await t.call('templates.list');
      const note = await t.call('templates.createNote', {
        template: 'templates/CoP session.md',
        name: 'March session',
        domains: ['digital-services'],
      });
      expect(note.body).toContain('**Date:** 2026-03-05, 09:30\n**Community:** Digital services\n');
      expect(note.tags).toEqual(['cop-session']);
      expect(note.frontMatter).not.toHaveProperty('steward');
    });

    it('is an open question until an answer is accepted under its heading', async () => {
      const t = await open();
      await t.call('templates.list');
      const question = await t.call('templates.createNote', {
        template: 'templates/Question.md',
        name: 'How to test with citizens',
        domains: ['citizen-services'],
      });
      const page = () => t.call('domains.page', { slug: 'citizen-services' });
      expect((await page()).openQuestions.map((q) => q.path)).toEqual([question.path]);
      await t.call('notes.save', {
        path: question.path,
        baseVersion: question.version,
        body: question.body.replace(
          '## Accepted answer\n',
          '## Accepted answer\nRecruit through the citizen panel; five people find most problems.\n',
        ),
      });
      expect((await page()).openQuestions).toEqual([]);
    });

    it('works from a template written for Obsidian, with placeholders anywhere', async () => {
      const t = await open({
        'templates/Meeting.md': [
          '---',
          'type: meeting',
          'created-on: {{date}}',
          'title: {{title}}: notes',
          'tags: [{{domain-slug}}, meeting]',
          'agenda:',
          '  - {{time}} start # first item',
          'quoted: "{{title}}"',
          '---',
          '# {{title}} ({{date:D MMMM YYYY}})',
          '',
        ].join('\n'),
      });
      const note = await t.call('templates.createNote', {
        template: 'templates/Meeting.md',
        name: 'Kick-off',
        title: 'Kick-off: "phase 2"',
        domains: ['hr-and-talent'],
      });
      expect(note.frontMatter).toMatchObject({
        type: 'meeting',
        title: 'Kick-off: "phase 2": notes',
        'created-on': '2026-03-05',
        tags: ['hr-and-talent', 'meeting'],
        agenda: ['09:30 start'],
        quoted: 'Kick-off: "phase 2"',
      });
      expect(note.title).toBe('Kick-off: "phase 2": notes');
      expect(note.body).toBe('# Kick-off: "phase 2" (5 March 2026)\n');
    });

    it('gives a review date a year ahead unless one is given, and refuses one that is not a date', async () => {
      const t = await open();
      await t.call('templates.list');
      const given = await t.call('templates.createNote', {
        template: 'templates/Practice.md',
        name: 'Buddy system',
        reviewBy: '2026-09-30',
      });
      expect(given.frontMatter).toMatchObject({ 'review-by': '2026-09-30', steward: '' });
      expect(
        await failureOf(
          t.call('templates.createNote', {
            template: 'templates/Practice.md',
            name: 'Other',
            reviewBy: 'next year',
          }),
        ),
      ).toMatchObject({ code: 'INVALID', data: { field: 'reviewBy' } });
    });

    it('is refused with a clear message for a bad template, name or place', async () => {
      const t = await open({
        'Elsewhere.md': '# x\n',
        'templates/Broken.md': '---\ntype: [\n---\n',
      });
      await t.call('templates.list');
      const create = (args: { template: string; name: string; folder?: string }) =>
        failureOf(t.call('templates.createNote', args));
      expect(await create({ template: 'Elsewhere.md', name: 'x' })).toMatchObject({
        code: 'INVALID',
        message:
          '"Elsewhere.md" is not a template: templates are the notes in the templates/ folder.',
      });
      expect(await create({ template: 'templates/Missing.md', name: 'x' })).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await create({ template: 'templates/Note.md', name: 'Elsewhere' })).toMatchObject({
        code: 'EXISTS',
        message: 'A note named "Elsewhere" already exists.',
      });
      expect(await create({ template: 'templates/Note.md', name: 'a:b' })).toMatchObject({
        code: 'INVALID',
      });
      expect(
        await create({ template: 'templates/Note.md', name: 'x', folder: '../out' }),
      ).toMatchObject({
        code: 'INVALID',
      });
      expect(await create({ template: 'templates/Broken.md', name: 'x' })).toMatchObject({
        code: 'INVALID',
        message: expect.stringMatching(
          /^The front matter of the template "templates\/Broken.md" cannot be read/,
        ),
      });
    });
  });
});

describe('quoteBarePlaceholders', () => {
  it('quotes a placeholder that starts a plain value, and nothing else', () => {
    expect(
      quoteBarePlaceholders(
        [
          'a: {{date}}',
          'b: {{x}} rest # c',
          '- {{y}}',
          'c: [{{z}}, k]',
          'd: "{{q}}"',
          'e: x {{w}}',
        ].join('\n'),
      ),
    ).toBe(
      [
        'a: "{{date}}"',
        'b: "{{x}} rest" # c',
        '- "{{y}}"',
        'c: ["{{z}}", k]',
        'd: "{{q}}"',
        'e: x {{w}}',
      ].join('\n'),
    );
  });
});
