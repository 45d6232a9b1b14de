import { ApiError } from '../../../shared/api/apiError';
import type { LinkChange, Note } from '../../../shared/api/noteSchemas';
import { firstTitleHeading } from '../../../shared/markdown/firstTitleHeading';
import { isTemplatePath } from '../../../shared/templates/templatePaths';
import { folderOf, joinPath, noteFileNameFor } from '../../../shared/notes/noteFileName';

/** What renaming a note to a new title involves, worked out before anything changes. */
export interface RenamePlan {
  title: string;
  from: string;
  /** The new path; equal to `from` when only the title changes. */
  to: string;
  fileName: string;
  /** The file name differs from the title (characters a file name cannot hold). */
  sanitized: boolean;
  /** The title must be written to front matter to be the note's title. */
  writeTitle: boolean;
  /** Notes whose links the move rewrites (empty when the file does not move). */
  rewritten: LinkChange[];
  /** Notes linking here whose links stay as they are because they are not UTF-8. */
  notUtf8: string[];
}

export interface RenameApi {
  movePreview(args: {
    from: string;
    to: string;
  }): Promise<{ rewritten: LinkChange[]; notUtf8?: string[] }>;
}

export class RenameError extends Error {
  override readonly name = 'RenameError';
  constructor(
    readonly reason: 'empty' | 'exists' | 'invalid' | 'failed',
    message: string,
    readonly fileName = '',
  ) {
    super(message);
  }
}

/**
 * Plans renaming note `note` (as the editor holds it) to `title`: the file takes the title as its
 * name where it can (sanitised where it cannot), and the title goes to front matter whenever the
 * file name, a front-matter title already there or a `# heading` would otherwise decide it (never
 * in a template, whose title is its file name).
 * Asks main what links the move rewrites (`notes.movePreview`); nothing is changed.
 */
export async function planRename(
  api: RenameApi,
  note: Pick<Note, 'path' | 'frontMatter'>,
  body: string,
  rawTitle: string,
): Promise<RenamePlan> {
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  if (title === '') throw new RenameError('empty', 'A note needs a title.');
  const fileName = noteFileNameFor(title);
  const to = joinPath(folderOf(note.path), `${fileName}.md`);
  const hasTitleKey = typeof note.frontMatter?.title === 'string';
  const heading = firstTitleHeading(body);
  // A template is named by its file: its `title:` and heading are what the notes made from it
  // get (`{{title}}`), so renaming it never writes them.
  const template = isTemplatePath(note.path);
  const writeTitle =
    !template && (hasTitleKey || fileName !== title || (heading !== null && heading !== title));
  const base = { title, from: note.path, fileName, sanitized: fileName !== title, writeTitle };
  if (to === note.path) return { ...base, to, rewritten: [], notUtf8: [] };
  try {
    const { rewritten, notUtf8 = [] } = await api.movePreview({ from: note.path, to });
    return { ...base, to, rewritten, notUtf8 };
  } catch (error) {
    if (error instanceof ApiError) {
      // Only the letter case changes: the file keeps its name, the title goes to front matter.
      if (error.code === 'EXISTS' && to.toLowerCase() === note.path.toLowerCase())
        return { ...base, to: note.path, writeTitle: !template, rewritten: [], notUtf8: [] };
      if (error.code === 'EXISTS') throw new RenameError('exists', error.message, fileName);
      if (error.code === 'INVALID') throw new RenameError('invalid', error.message, fileName);
    }
    throw new RenameError(
      'failed',
      error instanceof Error ? error.message : String(error),
      fileName,
    );
  }
}

/** How many links and notes a plan rewrites. */
export function countRewrites(plan: RenamePlan): { links: number; notes: number } {
  return {
    links: plan.rewritten.reduce((sum, change) => sum + change.links, 0),
    notes: plan.rewritten.length,
  };
}
