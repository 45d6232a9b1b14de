import type { ApiHandlers } from '../../../shared/api/contract';
import type { notesMethods } from '../../../shared/api/notesMethods';
import { moveNote, planNoteMove } from '../notes/moveNote';
import { renameNote } from '../notes/renameNote';
import { exportNoteHtml } from '../notes/exportNoteHtml';
import { createFolder, deleteFolder, listFolders, renameFolder } from '../notes/folderOperations';
import type { CoreServices } from '../coreServices';

export function createNotesHandlers({
  repository,
  linkGraph,
  refactor,
  refactorHistory,
}: CoreServices): Pick<ApiHandlers, keyof typeof notesMethods> {
  return {
    'notes.list': async () => repository.list(),
    'notes.listUnread': async () => repository.unreadNotes(),
    'notes.read': ({ path }) => repository.read(path),
    'notes.create': (args) => repository.create(args),
    'notes.save': (args) => repository.save(args),
    'notes.movePreview': async ({ from, to }) => {
      const { rewritten, notUtf8 } = await planNoteMove(repository, linkGraph, from, to);
      return { rewritten, notUtf8 };
    },
    'notes.convertToUtf8': (args) => repository.convertToUtf8(args),
    'notes.move': ({ from, to }) => moveNote(repository, linkGraph, from, to),
    'notes.exportHtml': (args) => exportNoteHtml(repository, args),
    'notes.rename': (args) => renameNote({ repository, linkGraph, refactor }, args),
    'notes.delete': ({ path }) => repository.trash(path),
    'folders.list': () => listFolders(repository.realRoot),
    'folders.create': async ({ path }) => ({ path: await createFolder(repository.realRoot, path) }),
    'folders.rename': (args) =>
      renameFolder({ repository, linkGraph, refactor, refactorHistory }, args),
    'folders.delete': ({ path }) => deleteFolder(repository, path),
    'trash.list': () => repository.trashList(),
    'trash.restore': ({ id }) => repository.restore(id),
    'trash.purge': async ({ id }) => {
      await repository.purge(id);
      return {};
    },
  };
}
