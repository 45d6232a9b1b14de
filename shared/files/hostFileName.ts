import type { HostFileKind } from '../api/hostMethods';
import { noteFileNameFor } from '../notes/noteFileName';
import { PACK_EXTENSION } from '../packs/packManifest';

export const hostFileExtensions: Record<HostFileKind, string> = {
  pack: PACK_EXTENSION,
  publicKey: '.pub',
  htmlEdition: '.html',
  noteHtml: '.html',
  notePdf: '.pdf',
};

/** The name of a file whose suggested name has nothing left once made safe. */
const fallbackNames: Record<HostFileKind, string> = {
  pack: 'pack',
  publicKey: 'public key',
  htmlEdition: 'pack',
  noteHtml: 'note',
  notePdf: 'note',
};

/**
 * A file name safe on every platform for a file of `kind`, from the name the UI suggests (a pack
 * `Procurement basics-1.2.0.praxispack`): no folders, no characters a file system refuses, and
 * the kind's extension, whatever the suggestion ended with.
 */
export function hostFileName(kind: HostFileKind, suggested: string): string {
  const extension = hostFileExtensions[kind];
  const base = suggested.slice(suggested.replace(/\\/g, '/').lastIndexOf('/') + 1);
  const stem = base.toLowerCase().endsWith(extension) ? base.slice(0, -extension.length) : base;
  return `${noteFileNameFor(stem, fallbackNames[kind])}${extension}`;
}
