import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempVault, readText } from '../../../testing/core/tempVault';
import { openPraxisCore, type PraxisCore } from '../praxisCore';
import {
  DEFAULT_DOMAIN_SLUGS,
  DEFAULT_TEMPLATE_IDS,
  seedContent,
  type DefaultDomainSlug,
} from './seedContent';

async function call<T>(core: PraxisCore, method: string, args: unknown = {}): Promise<T> {
  const response = await core.dispatch(method, args);
  if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
  return response.value as T;
}

describe('a new vault in the language chosen at first start', () => {
  const opened: { core: PraxisCore; cleanup: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const { core, cleanup } of opened.splice(0)) {
      await core.close();
      await cleanup();
    }
  });

  const create = async (language: string) => {
    const temp = await makeTempVault();
    const core = await openPraxisCore({
      vaultPath: path.join(temp.root, 'vault'),
      language,
      watch: false,
      validateResults: true,
    });
    opened.push({ core, cleanup: temp.cleanup });
    return core;
  };

  const english = seedContent('en');

  it.each(['en', 'es-ES', 'ca'])(
    '%s: sample notes whose links resolve, templates and domain names, all in that language',
    async (language) => {
      const seed = seedContent(language);
      const core = await create(language);

      const notes = await call<{ path: string; type: string; domains: string[] }[]>(
        core,
        'notes.list',
      );
      const samplePaths = Object.keys(
        seed.sampleNotes({ day: '2026-01-01', fm: () => '', daysFromToday: () => '' }),
      );
      const sample = notes.filter((n) => !n.path.startsWith('templates/'));
      expect(sample).toHaveLength(samplePaths.length);
      for (const note of sample.filter((n) => n.type !== 'journal'))
        expect(samplePaths).toContain(note.path);
      expect(new Set(sample.map((n) => n.type))).toEqual(
        new Set(['note', 'practice', 'solution', 'meeting', 'question', 'journal']),
      );
      // Every link between the sample notes resolves but the tour's example of a note to write.
      const unresolved = await call<{ target: string }[]>(core, 'links.unresolved');
      expect(unresolved.map((u) => u.target)).toEqual([seed.noteToWrite]);
      // The welcome note, the practices and the solution are each linked from another note.
      for (const note of sample.filter((n) => ['note', 'practice', 'solution'].includes(n.type))) {
        const backlinks = await call<unknown[]>(core, 'links.backlinks', { path: note.path });
        expect(backlinks.length, note.path).toBeGreaterThan(0);
      }

      const domains = await call<{ slug: string; name: string; description: string }[]>(
        core,
        'domains.list',
      );
      expect(domains.map((d) => d.slug)).toEqual([...DEFAULT_DOMAIN_SLUGS]);
      for (const domain of domains) {
        expect(domain.name).toBe(seed.domains[domain.slug as DefaultDomainSlug].name);
        expect(domain.description).toBe(seed.domains[domain.slug as DefaultDomainSlug].description);
      }

      const templates = await call<{ path: string; type: string; description: string }[]>(
        core,
        'templates.list',
      );
      // Front matter that parses: each template has its type and its description.
      // (A default template's id is the note type it makes.)
      expect(templates.map((x) => x.type)).toEqual([...DEFAULT_TEMPLATE_IDS]);
      for (const x of templates) expect(x.description.length, x.path).toBeGreaterThan(10);
      for (const id of DEFAULT_TEMPLATE_IDS) {
        const rel = `templates/${seed.templates[id].fileName}`;
        expect(await readText(core.vaultPath, rel)).toBe(seed.templates[id].content);
      }
      // The open question stays open in every language (its accepted-answer section is empty).
      const page = await call<{ openQuestions: unknown[] }>(core, 'domains.page', {
        slug: 'digital-services',
      });
      expect(page.openQuestions).toHaveLength(1);
    },
  );

  it('writes Spanish and Catalan for people, not English: every name and text is translated', () => {
    for (const language of ['es', 'ca']) {
      const seed = seedContent(language);
      for (const slug of DEFAULT_DOMAIN_SLUGS) {
        expect(seed.domains[slug].name).not.toBe(english.domains[slug].name);
        expect(seed.domains[slug].description).not.toBe(english.domains[slug].description);
      }
      for (const id of DEFAULT_TEMPLATE_IDS)
        expect(seed.templates[id].content).not.toBe(english.templates[id].content);
      const context = { day: '2026-01-01', fm: () => '', daysFromToday: () => '' };
      const paths = Object.keys(seed.sampleNotes(context));
      const englishPaths = Object.keys(english.sampleNotes(context));
      expect(paths.filter((p) => englishPaths.includes(p))).toEqual(['journal/2026/2026-01-01.md']);
    }
  });

  it('uses English for a language Praxis has no seed content in', () => {
    expect(seedContent('fr-FR')).toBe(english);
    expect(seedContent(null)).toBe(english);
  });
});
