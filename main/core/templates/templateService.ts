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
import { DEFAULT_TEMPLATES } from './defaultTemplates';
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
    await this.installDefaults(false);
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
   * Writes the default templates that are missing, in one transaction, and returns their paths.
   * With `again` false, a default written once before (and perhaps deleted by the user since) is
   * not written again. An existing file is never overwritten.
   */
  installDefaults(again: boolean): Promise<string[]> {
    // One at a time: a second call sees the first one's files and writes nothing twice.
    const run = this.#queue.then(
      () => this.#install(again),
      () => this.#install(again),
    );
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #install(again: boolean): Promise<string[]> {
    const { repository, store } = this.#deps;
    const installed = new Set(store.data.templates.installed);
    const wanted = DEFAULT_TEMPLATES.filter((t) => again || !installed.has(t.id));
    if (wanted.length === 0) return [];
    const folder = await this.#folder();
    const operations: FileOperation[] = [];
    for (const template of wanted) {
      const path = `${folder}/${template.fileName}`;
      if (repository.has(path)) continue;
      operations.push({ kind: 'write', path, content: template.content, expectedVersion: null });
    }
    if (operations.length > 0) await repository.apply(operations);
    await store.update((data) => {
      data.templates.installed = [
        ...new Set([...data.templates.installed, ...wanted.map((t) => t.id)]),
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
