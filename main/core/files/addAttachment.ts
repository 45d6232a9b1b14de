import { ApiError } from '../../../shared/api/apiError';
import {
  ATTACHMENTS_FOLDER,
  attachmentFileName,
  attachmentKind,
  attachmentProblem,
  bytesMatchKind,
  numberedFileName,
  pasteStamp,
} from '../../../shared/files/attachmentName';
import type { Clock } from '../clock';
import type { NoteRepository } from '../vault/noteRepository';
import { joinVaultPath } from '../vault/vaultPaths';

/** Names tried before giving up (a folder with a thousand `Plan n.png` is not a real case). */
const MAX_TRIES = 1000;

/**
 * Stores a pasted or dropped file in `attachments/` and returns its vault path. The name is the
 * core's (attachmentFileName): the caller's `name` only suggests the readable part, so it never
 * chooses where the write lands. A name no attachment in the vault has yet, whatever its folder,
 * so that `![[name]]` is unambiguous; written atomically, never over an existing file (one that
 * appears meanwhile makes it try the next name).
 */
export async function addAttachment(
  repository: NoteRepository,
  clock: Clock,
  file: { name: string; type?: string | undefined; bytes: Uint8Array },
): Promise<string> {
  const problem = attachmentProblem({ name: file.name, type: file.type, size: file.bytes.length });
  if (problem?.reason === 'type')
    throw new ApiError(
      'INVALID',
      `"${file.name}" is not an image (PNG, JPEG, GIF, WebP) or a PDF, so it was not attached.`,
      problem,
    );
  if (problem?.reason === 'empty')
    throw new ApiError('INVALID', `"${file.name}" is empty, so it was not attached.`, problem);
  if (problem?.reason === 'size')
    throw new ApiError('INVALID', `"${file.name}" is too large to attach.`, problem);
  const kind = attachmentKind(file.name, file.type)!;
  if (!bytesMatchKind(file.bytes, kind))
    throw new ApiError(
      'INVALID',
      `"${file.name}" is not really a ${kind.toUpperCase()} file, so it was not attached.`,
      { reason: 'content', name: file.name },
    );
  const name = attachmentFileName(file.name, kind, pasteStamp(clock.now(), clock.timeZone));
  for (let n = 0; n < MAX_TRIES; n++) {
    const candidate = numberedFileName(name, n);
    if (isTaken(repository, candidate)) continue;
    const rel = joinVaultPath(ATTACHMENTS_FOLDER, candidate);
    try {
      await repository.apply([
        { kind: 'write', path: rel, content: file.bytes, expectedVersion: null },
      ]);
      return rel;
    } catch (error) {
      // Another program put a file there since the check: the next name.
      if (error instanceof ApiError && (error.code === 'EXISTS' || error.code === 'CONFLICT'))
        continue;
      throw error;
    }
  }
  throw new ApiError('EXISTS', `There are too many attachments named like "${name}".`);
}

function isTaken(repository: NoteRepository, name: string): boolean {
  const wanted = name.toLowerCase();
  return repository
    .attachments()
    .some((path) => path.slice(path.lastIndexOf('/') + 1).toLowerCase() === wanted);
}
