import { systemClock, todayOf, type Clock } from '../clock';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/apiError';
import type { Note } from '../../../shared/api/noteSchemas';
import { suggestLessonTitle } from '../../../shared/journal/lessonNaming';
import { noteFileNameFor } from '../../../shared/notes/noteFileName';
import { parseWikiLinks } from '../../../shared/links/wikiLinks';
import type { LinkGraph } from '../links/linkGraph';
import { composeNote, splitFrontMatter } from '../vault/frontMatter';
import { noteNameOf } from '../../../shared/notes/noteFileName';
import type { NoteRepository } from '../vault/noteRepository';
import { assertNoteName, joinVaultPath, parseFolder, parseNotePath } from '../vault/vaultPaths';
import { linkedNoteDomains } from './entryDomains';
import type { LessonNoteType } from '../../../shared/notes/noteTypes';
import { lessonNoteFile, type LessonTemplate } from './journalTemplates';

export interface PromoteDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  defaultLocale: () => string;
  /**
   * The vault's template for a note type, or null for none (then the built-in skeleton is
   * used). Asked only once the promotion is known to be possible. Default: none.
   */
  lessonTemplate?: (type: LessonNoteType) => Promise<LessonTemplate | null>;
  /** A domain's name for template placeholders (default: the slug). */
  domainName?: (slug: string) => string;
  /** The vault's clock (default: the real time, this computer's zone). */
  clock?: Clock;
}

export interface PromoteArgs {
  path: string;
  baseVersion: string;
  selection: { text: string; start?: number | undefined };
  type: LessonNoteType;
  title: string;
  name?: string | undefined;
  folder: string;
  domains?: string[] | undefined;
  locale?: string | undefined;
}

/** Separates the promoted text from the link to the new note in the entry. */
const FORWARD_ARROW = ' → ';

/**
 * The domains to suggest for a note promoted from `path`: the entry's own domains; else those of
 * the notes linked from the selected lines; else those of every note the entry links to.
 */
export function suggestLessonDomains(
  path: string,
  repository: NoteRepository,
  linkGraph: LinkGraph,
  selectedLines?: { from: number; to: number },
): string[] {
  const own = repository.summary(path)?.domains ?? [];
  if (own.length > 0) return [...own];
  if (selectedLines) {
    const fromSelection = linkedNoteDomains(path, repository, linkGraph, selectedLines);
    if (fromSelection.length > 0) return fromSelection;
  }
  return linkedNoteDomains(path, repository, linkGraph);
}

/** What a promotion dialog starts from. */
export function promotionDraft(
  deps: Pick<PromoteDeps, 'repository' | 'linkGraph'>,
  path: string,
  text: string,
): { title: string; name: string; domains: string[] } {
  const rel = parseNotePath(path);
  if (!deps.repository.has(rel)) throw new ApiError('NOT_FOUND', `There is no note "${rel}".`);
  const title = suggestLessonTitle(text);
  return {
    title,
    name: noteFileNameFor(title, ''),
    domains: suggestLessonDomains(rel, deps.repository, deps.linkGraph),
  };
}

/**
 * Creates a solution or practice note from text selected in a journal entry, and links the two
 * both ways in one atomic change:
 *
 * - the new note: the vault's template for the type, else a built-in skeleton (`lessonNoteFile`),
 *   with the selection as first content and `[[entry]]` back to its source; domains as given,
 *   else suggested from the entry;
 * - the entry: its text kept as it was, with `→ [[New note]]` right after the selection (after
 *   the word and punctuation it ends on). Where that place cannot hold a link (the selection
 *   ends inside code), the link goes on its own line at the end of the entry instead.
 *
 * Both files go through `repository.apply` with version checks: the entry must still be at
 * `baseVersion` (else CONFLICT) and the new note must not exist (else EXISTS); either way
 * nothing is written.
 */
export async function promoteToLesson(
  deps: PromoteDeps,
  args: PromoteArgs,
): Promise<{ note: Note; entry: Note }> {
  const { repository, linkGraph } = deps;
  const entryPath = parseNotePath(args.path);
  const current = await repository.readRaw(entryPath);
  if (current.version !== args.baseVersion)
    throw new ApiError(
      'CONFLICT',
      `"${entryPath}" changed since it was last saved in the editor. Nothing was changed: save the entry and promote the text again.`,
      { path: entryPath },
    );
  const split = splitFrontMatter(current.raw);
  const selection = locateSelection(split.body, args.selection, split.bodyOffset);

  const name = args.name ?? noteFileNameFor(args.title, '');
  if (name === '')
    throw new ApiError('INVALID', `"${args.title}" cannot be a file name. Choose another title.`);
  assertNoteName(name);
  const notePath = joinVaultPath(parseFolder(args.folder), `${name}.md`);
  if (notePath.toLowerCase() === entryPath.toLowerCase() || repository.has(notePath))
    throw new ApiError(
      'EXISTS',
      `A note named "${name}" already exists${args.folder ? ` in ${args.folder}` : ''}. Choose another title.`,
      { path: notePath },
    );

  const locale = args.locale ?? deps.defaultLocale();
  const selectedText = split.body.slice(selection.start, selection.end);
  const lines = {
    from: split.bodyStartLine + countNewlines(split.body, 0, selection.start),
    to: split.bodyStartLine + countNewlines(split.body, 0, selection.end),
  };
  const domains = args.domains ?? suggestLessonDomains(entryPath, repository, linkGraph, lines);
  const clock = deps.clock ?? systemClock();
  const at = clock.now();
  const now = at.toISOString();

  // A template that cannot be found or read is no reason to lose the promotion: the skeleton.
  const template = deps.lessonTemplate
    ? await deps.lessonTemplate(args.type).catch(() => null)
    : null;
  const noteRaw = lessonNoteFile({
    type: args.type,
    title: args.title,
    selection: selectedText.replace(/\r\n/g, '\n'),
    sourceLink: `[[${linkGraph.linkTextFor(entryPath, notePath)}]]`,
    locale,
    template,
    domains: domains.map((slug) => ({ slug, name: deps.domainName?.(slug) ?? slug })),
    now: at,
    today: todayOf(clock, at),
  });

  const forwardLink = `[[${linkTextForNewNote(notePath, entryPath, linkGraph)}]]`;
  const entryBody = withForwardLink(split.body, selection, forwardLink);
  const entryChanges: Record<string, unknown> = { updated: now };
  if (split.data?.id === undefined) entryChanges.id = randomUUID();
  const entryRaw = composeNote(split, entryBody, entryChanges);

  await repository.apply([
    { kind: 'write', path: notePath, content: noteRaw, expectedVersion: null },
    { kind: 'write', path: entryPath, content: entryRaw, expectedVersion: args.baseVersion },
  ]);
  return { note: await repository.read(notePath), entry: await repository.read(entryPath) };
}

/**
 * Where the selected text is in the body. `start` may be an offset in the body or in the whole
 * file (an editor that shows the front matter); without a usable one the text must occur once.
 */
function locateSelection(
  body: string,
  selection: { text: string; start?: number | undefined },
  bodyOffset: number,
): { start: number; end: number } {
  const spellings = [selection.text];
  // The editor works with `\n`; a file written with `\r\n` keeps them in the body.
  if (body.includes('\r\n') && !selection.text.includes('\r'))
    spellings.push(selection.text.replace(/\n/g, '\r\n'));
  for (const text of spellings) {
    for (const start of selection.start === undefined
      ? []
      : [selection.start, selection.start - bodyOffset]) {
      if (start >= 0 && body.startsWith(text, start)) return { start, end: start + text.length };
    }
  }
  for (const text of spellings) {
    const first = body.indexOf(text);
    if (first === -1) continue;
    if (body.indexOf(text, first + 1) !== -1)
      throw new ApiError(
        'INVALID',
        'The selected text appears more than once in the entry. Select a longer passage and try again.',
      );
    return { start: first, end: first + text.length };
  }
  throw new ApiError(
    'INVALID',
    'The selected text is not in the saved entry. Save the entry, select the text again and retry.',
  );
}

/** Where the link goes: after the selection's last word and the punctuation closing it. */
function insertionPoint(body: string, selection: { start: number; end: number }): number {
  let at = selection.end;
  while (at > selection.start && /\s/.test(body[at - 1]!)) at--;
  // Never split a word the selection ends inside of.
  while (
    at < body.length &&
    /[\p{L}\p{N}\p{M}]/u.test(body[at]!) &&
    /[\p{L}\p{N}\p{M}]/u.test(body[at - 1] ?? '')
  )
    at++;
  while (at < body.length && /[.,;:!?…)\]»”’"']/.test(body[at]!) && !body.startsWith(']]', at))
    at++;
  return at;
}

export function withForwardLink(
  body: string,
  selection: { start: number; end: number },
  link: string,
): string {
  const at = insertionPoint(body, selection);
  const inline = body.slice(0, at) + FORWARD_ARROW + link + body.slice(at);
  if (isLinkAt(inline, at + FORWARD_ARROW.length, link)) return inline;
  const trimmed = body.replace(/\s+$/, '');
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  return `${trimmed}${eol}${eol}${FORWARD_ARROW.trimStart()}${link}${eol}`;
}

function isLinkAt(markdown: string, start: number, raw: string): boolean {
  return parseWikiLinks(markdown).some((link) => link.start === start && link.raw === raw);
}

/**
 * The link text that will reach a note about to be created at `notePath` from `fromPath`: its
 * name when no other note shares it, else its path (an exact path always wins).
 */
function linkTextForNewNote(notePath: string, fromPath: string, linkGraph: LinkGraph): string {
  const name = noteNameOf(notePath);
  const existing = linkGraph.resolve(name, fromPath);
  const taken = existing !== null && noteNameOf(existing).toLowerCase() === name.toLowerCase();
  return taken ? notePath.replace(/\.md$/i, '') : name;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
