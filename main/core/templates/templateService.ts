import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import type { Note } from '../../../shared/api/noteSchemas';
import type { NoteTemplate } from '../../../shared/api/templatesMethods';
import { addMonths } from '../../../shared/dates/calendarDate';
import {
  DEFAULT_NOTE_TYPE,
  NOTE_TYPES,
  isStewardedType,
  noteTypeOf,
} from '../../../shared/notes/noteTypes';
import { TEMPLATES_FOLDER, isTemplatePath } from '../../../shared/templates/templatePaths';
import type { DomainRegistry } from '../domains/domainRegistry';
import { todayOf, type Clock } from '../clock';
import { reviewDate } from '../domains/noteFacts';
import type { MetadataStore } from '../store/metadataStore';
import type { FileOperation } from '../vault/fileTransaction';
import { splitFrontMatter } from '../vault/frontMatter';
import { noteNameOf } from '../../../shared/notes/noteFileName';
import type { NoteRepository } from '../vault/noteRepository';
import { assertNoteName, joinVaultPath, parseFolder, parseNotePath } from '../vault/vaultPaths';
import { allSeedContents } from '../seed/seedContent';
import { defaultTemplates, type DefaultTemplate } from './defaultTemplates';
import { noteFromTemplate } from './templateNote';

/** How the template picker lists templates: the community's note types first, plain note last. */
const TEMPLATE_ORDER: readonly string[] = [
  ...NOTE_TYPES.filter((type) => type !== DEFAULT_NOTE_TYPE),
  DEFAULT_NOTE_TYPE,
];

export interface CreateFromTemplateArgs {
  template: string;
  folder: string;
  name: string;
  /** The title `{{title}}` gives; default: the name. */
  title?: string | undefined;
  domains: readonly string[];
  steward?: string | undefined;
  reviewBy?: string | undefined;
}

export interface TemplateServiceDeps {
  realRoot: string;
  repository: NoteRepository;
  store: MetadataStore;
  registry: DomainRegistry;
  clock: Clock;
  /** The language of the default templates written when first needed (the vault's, else the UI's). */
  language(): string | null;
}

/** What restoring the default templates did. */
export interface RestoreDefaultsResult {
  /** Templates written where there was none. */
  created: string[];
  /**
   * Templates that were there and have been replaced by the defaults (in the language asked for);
   * each earlier file went to the trash first, from where it can be restored.
   */
  replaced: string[];
  /** Templates that differ from every default (the user's edits), left alone: `replace` was false. */
  edited: string[];
}

/**
 * Note templates: the files of the vault's templates folder (see shared/templates/templatePaths),
 * the default set written when first needed, and notes made from them.
 */
export class TemplateService {
  readonly #deps: TemplateServiceDeps;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(deps: TemplateServiceDeps) {
    this.#deps = deps;
  }

  /** The templates, known note types first (in TEMPLATE_ORDER), then by name. */
  async list(): Promise<NoteTemplate[]> {
    await this.installDefaults();
    const paths = this.#deps.repository
      .list()
      .map((note) => note.path)
      .filter(isTemplatePath);
    const templates = await Promise.all(
      paths.map(async (path): Promise<NoteTemplate | null> => {
        const raw = await this.#deps.repository.readRaw(path).catch(() => null);
        if (raw === null) return null;
        const fm = splitFrontMatter(raw.raw).data ?? {};
        const type = noteTypeOf(fm.type);
        return {
          path,
          name: noteNameOf(path),
          type,
          description:
            typeof fm['template-description'] === 'string' ? fm['template-description'].trim() : '',
          stewarded: isStewardedType(type),
        };
      }),
    );
    const rank = (type: string) => {
      const i = TEMPLATE_ORDER.indexOf(type);
      return i === -1 ? TEMPLATE_ORDER.length : i;
    };
    return templates
      .filter((t): t is NoteTemplate => t !== null)
      .sort((a, b) => rank(a.type) - rank(b.type) || a.name.localeCompare(b.name, 'en'));
  }

  /**
   * Writes the default templates (in the vault's language) that are missing, in one transaction,
   * and returns their paths. A default written once before (and perhaps deleted by the user
   * since) is not written again. An existing file is never overwritten.
   */
  installDefaults(): Promise<string[]> {
    return this.#oneAtATime(async () => {
      const installed = new Set(this.#deps.store.data.templates.installed);
      const wanted = defaultTemplates(this.#deps.language()).filter((t) => !installed.has(t.id));
      if (wanted.length === 0) return [];
      const folder = await this.#folder();
      const missing = wanted.filter((t) => !this.#deps.repository.has(`${folder}/${t.fileName}`));
      return this.#write(folder, missing, wanted);
    });
  }

  /**
   * "Restore default templates" in `language` (default: the vault's): writes every default template that is missing (in
   * no language is there a file for it). A default still as Praxis wrote it, in another language,
   * is replaced by this language's. One that differs from the defaults in every language has the
   * user's edits: it is listed in `edited` and left alone, unless `replace` — then it goes to the
   * trash (restorable) and the default takes its place.
   */
  restoreDefaults(language: string | undefined, replace: boolean): Promise<RestoreDefaultsResult> {
    return this.#oneAtATime(async () => {
      const { repository } = this.#deps;
      const folder = await this.#folder();
      const wanted = defaultTemplates(language ?? this.#deps.language());
      const result: RestoreDefaultsResult = { created: [], replaced: [], edited: [] };
      const toWrite: DefaultTemplate[] = [];
      for (const template of wanted) {
        const path = `${folder}/${template.fileName}`;
        const known = allSeedContents().map((seed) => seed.templates[template.id]);
        const present = [...new Set(known.map((k) => `${folder}/${k.fileName}`))].filter((p) =>
          repository.has(p),
        );
        if (present.length === 0) {
          toWrite.push(template);
          result.created.push(path);
          continue;
        }
        let replacedHere = false;
        for (const existing of present) {
          const text = await this.#text(existing);
          if (existing === path && text === normalise(template.content)) continue;
          const pristine = known.some((k) => normalise(k.content) === text);
          if (!pristine && !replace) {
            result.edited.push(existing);
            continue;
          }
          await repository.trash(existing);
          result.replaced.push(existing);
          replacedHere = true;
        }
        if (replacedHere && !repository.has(path)) toWrite.push(template);
      }
      await this.#write(folder, toWrite, wanted);
      return result;
    });
  }

  #oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    // One at a time: a second call sees the first one's files and writes nothing twice.
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #text(path: string): Promise<string | null> {
    const raw = await this.#deps.repository.readRaw(path).catch(() => null);
    return raw === null ? null : normalise(raw.raw);
  }

  /** Writes `templates` in one transaction and records every one of `done` as installed. */
  async #write(
    folder: string,
    templates: readonly DefaultTemplate[],
    done: readonly DefaultTemplate[],
  ): Promise<string[]> {
    const operations: FileOperation[] = templates.map((template) => ({
      kind: 'write',
      path: `${folder}/${template.fileName}`,
      content: template.content,
      expectedVersion: null,
    }));
    if (operations.length > 0) await this.#deps.repository.apply(operations);
    await this.#deps.store.update((data) => {
      data.templates.installed = [
        ...new Set([...data.templates.installed, ...done.map((t) => t.id)]),
      ];
    });
    return operations.map((op) => op.path);
  }

  /** The templates folder: an existing top-level one in any letter case, else `templates`. */
  async #folder(): Promise<string> {
    const entries = await fs.readdir(this.#deps.realRoot, { withFileTypes: true });
    const existing = entries.find(
      (entry) => entry.isDirectory() && entry.name.toLowerCase() === TEMPLATES_FOLDER,
    );
    return existing?.name ?? TEMPLATES_FOLDER;
  }

  /** Creates a note from a template (see noteFromTemplate for what it holds). */
  async createNote(args: CreateFromTemplateArgs): Promise<Note> {
    const { repository, registry } = this.#deps;
    const templatePath = parseNotePath(args.template);
    if (!isTemplatePath(templatePath))
      throw new ApiError(
        'INVALID',
        `"${templatePath}" is not a template: templates are the notes in the ${TEMPLATES_FOLDER}/ folder.`,
        { field: 'template' },
      );
    if (!repository.has(templatePath))
      throw new ApiError('NOT_FOUND', `There is no template "${templatePath}".`, {
        field: 'template',
      });
    const name = args.name.trim();
    assertNoteName(name);
    const folder = parseFolder(args.folder);
    const path = joinVaultPath(folder, `${name}.md`);
    if (repository.has(path))
      throw new ApiError(
        'EXISTS',
        `A note named "${name}" already exists${folder ? ` in ${folder}` : ''}.`,
        { field: 'name' },
      );
    let reviewBy: string | undefined;
    if (args.reviewBy !== undefined && args.reviewBy.trim() !== '') {
      reviewBy = reviewDate(args.reviewBy.trim()) ?? undefined;
      if (reviewBy === undefined)
        throw new ApiError(
          'INVALID',
          `"${args.reviewBy}" is not a date: write the review date as YYYY-MM-DD.`,
          { field: 'reviewBy' },
        );
    }
    const now = this.#deps.clock.now();
    const domains = args.domains.map((slug) => slug.trim()).filter((slug) => slug !== '');
    const { raw } = await repository.readRaw(templatePath);
    const { text } = noteFromTemplate({
      template: raw,
      templatePath,
      values: {
        title: args.title?.trim() || name,
        now,
        locale: this.#deps.store.data.settings.locale ?? undefined,
        domains: domains.map((slug) => ({
          slug,
          name: registry.find(slug)?.domain.name ?? slug,
        })),
        steward: args.steward?.trim(),
        reviewBy,
      },
      domains,
      steward: args.steward?.trim(),
      reviewBy,
      defaultReviewBy: addMonths(todayOf(this.#deps.clock, now), 12),
    });
    await repository.apply([{ kind: 'write', path, content: text, expectedVersion: null }]);
    return repository.read(path);
  }
}

/** A template's text as compared with the defaults: line ends as written by Praxis. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
