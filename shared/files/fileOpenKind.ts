/**
 * What a vault file is, judged by its name, for deciding whether the OS may open it with one
 * click. Vaults are shared, so a link in a note may lead to `run.bat`, `Report.pdf.exe` or
 * `Invoice.lnk`: the OS would run those. Only documents and media (this allow-list) open
 * directly; everything else is shown in its folder or opened after the user has read what it is.
 *
 * The list leaves out on purpose: SVG, HTML, XML and MHT (a browser runs their scripts), Office
 * files made to carry macros (`.docm`, `.xlsm`…) and templates/add-ins, Access databases, playlists
 * and Windows Media containers (they can point elsewhere), archives and disk images (they hold
 * programs), e-books (HTML inside).
 */
const OPENABLE = {
  pdf: 'pdf',
  document: 'doc docx odt odg rtf pages',
  spreadsheet: 'xls xlsx ods numbers',
  presentation: 'ppt pptx ppsx odp key',
  text: 'txt md markdown csv tsv log',
  image: 'png jpg jpeg gif webp avif bmp tif tiff heic heif',
  audio: 'mp3 wav ogg oga opus m4a flac aac aif aiff',
  video: 'mp4 m4v mov webm mkv avi ogv mpg mpeg',
} as const;

/**
 * Types that run code, lead somewhere else or change the system when the OS opens them. They
 * are never opened from Praxis, not even after a question: only shown in their folder. The list
 * names them for the user; what is on neither list is `unknown`, and may be opened once the user
 * has read what it is and confirmed.
 */
const RISKY = {
  program:
    'exe com scr pif cpl dll ocx sys drv msc jar class app apk appimage bin run out elf so dylib ' +
    'xll gadget wsc jnlp xbap diagcab diagcfg diagpkg',
  script:
    'bat cmd ps1 psm1 psd1 ps1xml psc1 vbs vbe vb js jse mjs cjs wsf wsh hta sct sh bash zsh csh ' +
    'ksh fish command tool py pyw pyc pl rb php lua tcl applescript scpt scptd workflow action ' +
    'ahk au3 reg inf ins isp job pyz pyzw shb shs ws msh msh1 msh2 mshxml msh1xml msh2xml ps2 ' +
    'ps2xml psc2 jsx terminal',
  shortcut:
    'lnk url desktop webloc inetloc fileloc website appref-ms application scf library-ms ' +
    'searchconnector-ms search-ms settingcontent-ms glk iqy dqy rqy odc slk rdp ica vnc',
  installer:
    'msi msp msu mst msix msixbundle appx appxbundle appinstaller cab pkg mpkg deb rpm snap ' +
    'flatpakref vsix crx xpi xap vsto ppkg mobileconfig cer crt der p7b p7c pfx p12 theme ' +
    'themepack deskthemepack',
  webPage: 'html htm xhtml xht shtml mht mhtml svg svgz xml xsl xslt chm hlp epub',
  macroDocument:
    'docm dotm dot xlsm xltm xlt xlsb xlam xla pptm potm pot ppam ppa pps ppsm sldm accdb accde ' +
    'accdr mdb mde mda ade adp',
  diskImage: 'iso img vhd vhdx dmg sparseimage udf toast',
  archive: 'zip 7z rar tar gz tgz bz2 xz zst arj lzh',
  playlist: 'm3u m3u8 pls asx wax wvx wpl asf wma wmv xspf',
} as const;

export type OpenableKind = keyof typeof OPENABLE;
export type RiskyKind = keyof typeof RISKY;

export type FileNameKind =
  /** A document or media file: the OS may open it. */
  | { openable: true; kind: OpenableKind; extension: string }
  /** A type that runs code or leads elsewhere: shown in its folder, never opened. */
  | { openable: false; kind: RiskyKind; extension: string }
  /**
   * A name the OS might read as another type than it shows: a trailing dot or space (Windows
   * drops them: `run.bat.` runs run.bat), a leading one, a colon (an NTFS stream), control or
   * bidirectional characters (`Report\u202Efdp.exe` shows as `Reportexe.pdf`).
   */
  | { openable: false; kind: 'oddName'; extension: null }
  /** No extension, or one on neither list. */
  | { openable: false; kind: 'unknown'; extension: string | null };

const lookup = new Map<string, { openable: boolean; kind: OpenableKind | RiskyKind }>();
for (const [kind, extensions] of Object.entries(OPENABLE) as [OpenableKind, string][])
  for (const ext of extensions.split(' ')) lookup.set(ext, { openable: true, kind });
for (const [kind, extensions] of Object.entries(RISKY) as [RiskyKind, string][])
  for (const ext of extensions.split(' ')) lookup.set(ext, { openable: false, kind });

// eslint-disable-next-line no-control-regex
const ODD_CHARACTERS = /[\u0000-\u001f\u007f-\u009f:\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/**
 * Classifies a file by its name (the last segment of a path; `/` and `\` both separate). Case
 * does not matter (`RUN.BAT`); only the last extension counts (`report.pdf.exe` is a program).
 *
 * @example
 * fileOpenKind('attachments/Minutes.PDF'); // { openable: true, kind: 'pdf', extension: 'pdf' }
 * fileOpenKind('Invoice.pdf.exe');         // { openable: false, kind: 'program', extension: 'exe' }
 */
export function fileOpenKind(pathOrName: string): FileNameKind {
  const name = pathOrName.slice(
    Math.max(pathOrName.lastIndexOf('/'), pathOrName.lastIndexOf('\\')) + 1,
  );
  if (/^[.\s]|[.\s]$/u.test(name) || name === '' || ODD_CHARACTERS.test(name))
    return { openable: false, kind: 'oddName', extension: null };
  const extension = /\.([a-z0-9-]{1,24})$/i.exec(name)?.[1]?.toLowerCase() ?? null;
  const known = extension === null ? undefined : lookup.get(extension);
  if (!known || extension === null) return { openable: false, kind: 'unknown', extension };
  return known.openable
    ? { openable: true, kind: known.kind as OpenableKind, extension }
    : { openable: false, kind: known.kind as RiskyKind, extension };
}
