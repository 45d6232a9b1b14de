/**
 * File names for note titles, for every note Praxis names (new, renamed, from a template, promoted
 * from the journal). A title may hold anything; a file name may not: `\ / : * ? " < > |`
 * (Windows), control characters, and `# ^ [ ] |`, which wiki links cannot refer to. A colon
 * reads as a dash (`Procurement: what works?` → `Procurement - what works`); the others become
 * spaces. A title that needs changing keeps its exact text in front matter (`title:`), and links
 * resolve by title too.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]+/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Bytes kept for a name: 255 per segment on common file systems, minus `.md` and a margin. */
const MAX_NAME_BYTES = 200;

/** The file name (without `.md`) for a note titled `title`; `fallback` when nothing is left. */
export function noteFileNameFor(title: string, fallback = 'Untitled'): string {
  let name = title
    .normalize('NFC')
    .replace(/\s*:\s*/g, ' - ')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+/, '')
    .replace(/[. ]+$/, '')
    .trim();
  if (WINDOWS_RESERVED.test(name)) name = `${name} note`;
  name = truncateUtf8(name, MAX_NAME_BYTES).replace(/[. ]+$/, '');
  return name === '' ? fallback : name;
}

function truncateUtf8(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (bytes + size > maxBytes) break;
    out += char;
    bytes += size;
  }
  return out;
}

/** The file name of a note path, without folder and `.md`. */
export function noteNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

/** The folder of a vault path (`''` at the top of the vault). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function joinPath(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

/** The path a note takes when moved into `folder` (`''` for the top of the vault), keeping its file name. */
export function notePathInFolder(notePath: string, folder: string): string {
  return joinPath(folder, `${noteNameOf(notePath)}.md`);
}
