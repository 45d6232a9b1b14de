import { ATTACHMENTS_FOLDER, NOTES_FOLDER } from '../../../shared/packs/packManifest';
import { isNotePath, fileNameProblem } from '../vault/vaultPaths';
import { quoteName, refuse } from './packProblem';

/**
 * The checks every name in a pack passes before anything is read from it. A name is taken as
 * the zip stores it (UTF-8), normalised to NFC, and refused if it could write anywhere but
 * below `notes/` or `attachments/` on any platform Praxis runs on: backslashes, absolute paths,
 * drive letters, `.`/`..` segments, empty segments, control characters, names Windows reserves
 * (CON, NUL.md…), characters Windows forbids (`:` included, which also stops alternate data
 * streams), hidden (dot) names, trailing dots or spaces, and over-long names.
 *
 * Returns the NFC name.
 */
export function checkEntryName(raw: string, maxLength: number): string {
  const shown = quoteName(raw);
  if (raw.includes('\\'))
    refuse(
      'unsafe-name',
      `The pack holds a file named ${shown} with a backslash in its path.`,
      raw,
    );
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw))
    refuse('unsafe-name', `The pack holds a file named ${shown} with a control character.`, raw);
  const name = raw.normalize('NFC');
  if (name.startsWith('/'))
    refuse('unsafe-name', `The pack holds a file with an absolute path, ${shown}.`, raw);
  if (/^[A-Za-z]:/.test(name))
    refuse('unsafe-name', `The pack holds a file with a drive letter, ${shown}.`, raw);
  if (name.length > maxLength)
    refuse(
      'unsafe-name',
      `The pack holds a file whose name is too long (${name.length} characters; at most ${maxLength}).`,
      raw,
    );
  const isFolder = name.endsWith('/');
  const segments = (isFolder ? name.slice(0, -1) : name).split('/');
  for (const segment of segments) {
    if (segment === '..' || segment === '.')
      refuse(
        'unsafe-name',
        `The pack holds a file named ${shown} that points outside its folder (zip slip).`,
        raw,
      );
    if (segment === '')
      refuse('unsafe-name', `The pack holds a file named ${shown} with an empty folder name.`, raw);
    const problem = fileNameProblem(segment);
    if (problem)
      refuse(
        'unsafe-name',
        `The pack holds a file named ${shown} that is not safe: ${problem}`,
        raw,
      );
  }
  return name;
}

/** What an entry is by where it sits in the pack. */
export type EntryRole = 'manifest' | 'signature' | 'note' | 'attachment';

/** The role of a checked (NFC) file name, or a refusal for a file the format does not have. */
export function entryRole(name: string): EntryRole {
  if (name === 'manifest.json') return 'manifest';
  if (name === 'signature.json') return 'signature';
  if (name.startsWith(NOTES_FOLDER) && name.length > NOTES_FOLDER.length) {
    if (!isNotePath(name))
      refuse(
        'unexpected-file',
        `The pack holds ${quoteName(name)} among its notes, which is not a markdown note.`,
        name,
      );
    return 'note';
  }
  if (name.startsWith(ATTACHMENTS_FOLDER) && name.length > ATTACHMENTS_FOLDER.length) {
    // A note passed off as an attachment would skip every check notes get.
    if (isNotePath(name))
      refuse(
        'unexpected-file',
        `The pack holds a markdown note, ${quoteName(name)}, among its attachments.`,
        name,
      );
    return 'attachment';
  }
  return refuse(
    'unexpected-file',
    `The pack holds ${quoteName(name)}, which is not part of the pack format (only manifest.json, signature.json, notes/ and attachments/).`,
    name,
  );
}

/**
 * The key two names collide under on a case-insensitive file system (Windows, macOS): NFC,
 * case-folded (full folding through upper case, so `ß` and `SS` meet).
 */
export function foldedName(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}

/** The vault path of a pack entry: its name without `notes/` or `attachments/`. */
export function vaultPathOfEntry(name: string): string {
  if (name.startsWith(NOTES_FOLDER)) return name.slice(NOTES_FOLDER.length);
  if (name.startsWith(ATTACHMENTS_FOLDER)) return name.slice(ATTACHMENTS_FOLDER.length);
  throw new Error(`Not a note or attachment entry: ${name}`);
}
