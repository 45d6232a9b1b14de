import { ApiError } from '../../../shared/api/apiError';
import type { RenameReport } from '../../../shared/api/notesMethods';
import { firstTitleHeading, retitleHeading } from '../../../shared/markdown/firstTitleHeading';
import { folderOf, joinPath, noteFileNameFor } from '../../../shared/notes/noteFileName';
import { isTemplatePath } from '../../../shared/templates/templatePaths';
import type { LinkGraph } from '../links/linkGraph';
import type { FileChange } from '../refactor/refactorTypes';
import type { VaultRefactor } from '../refactor/vaultRefactor';
import { composeNote } from '../vault/frontMatter';
import type { NoteRepository } from '../vault/noteRepository';
import { parseNotePath } from '../vault/vaultPaths';
import { planNoteMove } from './moveNote';

export interface RenameNoteDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  /** Runs the rename with the other vault-wide changes, one at a time, and records it for undo. */
  refactor: VaultRefactor;
}

export interface RenameNoteArgs {
  path: string;
  title: string;
  baseVersion?: string | undefined;
  dryRun: boolean;
}

/**
 * Renames a note to `title` in one transaction (see `notes.rename` in shared/api/notesMethods.ts):
 * its file, its front-matter title, a first `# heading` that was its title, and every link to it
 * elsewhere. Recorded like the vault-wide changes, so `refactor.undo` puts every byte back.
 */
export function renameNote(deps: RenameNoteDeps, args: RenameNoteArgs): Promise<RenameReport> {
  return deps.refactor.exclusive(async () => {
    const { repository, linkGraph, refactor } = deps;
    const from = parseNotePath(args.path);
    const summary = repository.summary(from);
    if (summary === undefined) throw new ApiError('NOT_FOUND', `There is no note "${from}".`);
    const title = args.title.replace(/\s+/g, ' ').trim();
    if (title === '') throw new ApiError('INVALID', 'A note needs a title.');
    const fileName = noteFileNameFor(title);
    let to = joinPath(folderOf(from), `${fileName}.md`);
    // Only the letter case changes: the file keeps its name (a case-insensitive file system
    // could not tell the two apart), and the title goes to front matter.
    if (to.toLowerCase() === from.toLowerCase()) to = from;
    // A template is named by its file: its `title:` and heading are what the notes made from it
    // get (`{{title}}`), so its title is its file name and renaming it never writes them.
    const template = isTemplatePath(from);
    const newTitle = template ? fileName : title;

    let headingUpdated = false;
    const plan = await planNoteMove(repository, linkGraph, from, to, {
      title: newTitle,
      ...(args.baseVersion !== undefined && { baseVersion: args.baseVersion }),
      compose: (split, body) => {
        if (template) return composeNote(split, body, {});
        let next = body;
        if (firstTitleHeading(body) === summary.title) {
          next = retitleHeading(body, title) ?? body;
          headingUpdated = next !== body;
        }
        // Front matter keeps a title it has; it gets one when neither the heading nor the file
        // name would say the new title.
        const named =
          typeof split.data?.title === 'string' || (firstTitleHeading(next) ?? fileName) !== title;
        return composeNote(split, next, named ? { title } : {});
      },
    });

    const rewritten = plan.rewritten.filter((change) => change.path !== plan.to);
    const report: RenameReport = {
      id: null,
      dryRun: args.dryRun,
      from,
      to: plan.to,
      oldTitle: summary.title,
      title: newTitle,
      sanitized: fileName !== title,
      headingUpdated,
      rewritten,
      links: rewritten.reduce((sum, change) => sum + change.links, 0),
      notUtf8: plan.notUtf8,
      note: null,
    };
    if (args.dryRun) return report;
    if (plan.operations.length === 0) return { ...report, note: summary };

    const changes = plan.operations.map((op): FileChange => {
      const read = op.expectedVersion === null ? undefined : plan.read.get(op.path);
      const after = op.kind === 'remove' ? null : op.content;
      if (after !== null && typeof after !== 'string')
        throw new ApiError('INTERNAL', `"${op.path}" was planned as bytes, not text.`);
      return {
        path: op.path,
        before: read ? { raw: read.raw, version: read.version } : null,
        after,
        occurrences: plan.rewritten.find((change) => change.path === op.path)?.links ?? 0,
      };
    });
    const id = await refactor.commit(
      {
        kind: 'note.rename',
        description: `Rename "${summary.title}" to "${newTitle}"`,
        subjects: [summary.title],
        target: newTitle,
      },
      changes,
    );
    return { ...report, id, note: repository.summary(plan.to) ?? null };
  });
}
