import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { fileOpenKind, type RiskyKind } from '../../../shared/files/fileOpenKind';
import path from 'node:path';
import { ApiError } from '../../../shared/api/apiError';
import { resolveInsideVault } from '../vault/vaultPaths';

/** Why a file is not opened straight away: what the user is told it is. */
export type ConfirmKind =
  | RiskyKind
  | 'oddName'
  | 'unknown'
  /** Named like a document or media file, but its first bytes are a program's or a script's. */
  | 'disguised'
  /** A folder: a macOS `.app` or `.pkg` bundle is one, and the OS would run it. */
  | 'folder'
  /** A symbolic link: the OS would open whatever it points at. */
  | 'link'
  /** A device, pipe or socket. */
  | 'special';

export type VaultFileOpening =
  /** A regular document or media file inside the vault: the OS's app for it may open it. */
  | { action: 'open'; path: string }
  /**
   * Anything else: the user is told what it is and may have it shown in its folder; `canOpen`
   * says whether "open anyway" may be offered (only for a regular file of a type on neither list
   * whose content is not a program's).
   */
  | {
      action: 'confirm';
      path: string;
      name: string;
      kind: ConfirmKind;
      extension: string | null;
      canOpen: boolean;
    }
  | { action: 'missing'; name: string };

/** Magic numbers of programs and launchers the OS would run whatever the file is called. */
const EXECUTABLE_SIGNATURES: readonly (readonly number[])[] = [
  [0x4d, 0x5a], // MZ: Windows program or DLL
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xfe, 0xed, 0xfa, 0xce], // Mach-O, both byte orders, 32 and 64 bit
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal binary, Java class
  [0x23, 0x21], // #! script
  [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00], // Windows shortcut (.lnk)
];
const LAUNCHER_TEXT = /^(?:\ufeff)?\s*\[(?:Desktop Entry|InternetShortcut|\.ShellClassInfo)\]/i;

function looksExecutable(head: Buffer): boolean {
  if (EXECUTABLE_SIGNATURES.some((sig) => sig.every((byte, i) => head[i] === byte))) return true;
  return LAUNCHER_TEXT.test(head.toString('latin1'));
}

/** The first bytes of the regular file at `abs`, read without following a symlink. */
async function readHead(abs: string, expected: { dev: number; ino: number }): Promise<Buffer> {
  // O_NOFOLLOW does not exist on Windows, where `lstat` above is the check.
  const noFollow = (constants as Record<string, number>).O_NOFOLLOW ?? 0;
  const handle = await fs.open(abs, constants.O_RDONLY | noFollow);
  try {
    const stat = await handle.stat();
    // Replaced between the check and the read (a sync client, an attacker): not the file checked.
    if (!stat.isFile() || stat.dev !== expected.dev || stat.ino !== expected.ino)
      throw Object.assign(new Error('The file changed while it was being checked.'), {
        code: 'ECHANGED',
      });
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A link that leads out of the vault is not a vault file at all: not even shown in its folder. */
async function assertLinkStaysInside(vaultRoot: string, abs: string, relPath: string) {
  let target: string;
  try {
    target = await fs.realpath(abs);
  } catch {
    target = '';
  }
  if (!target.startsWith(vaultRoot + path.sep))
    throw new ApiError('INVALID', `"${relPath}" leads outside the vault.`);
}

/**
 * Decides what clicking a link to vault file `relPath` (already a checked vault path) may do.
 * Plain Node, no Electron: the desktop glue acts on the answer (main/electron/openVaultFile.ts).
 *
 * Only a regular file (by `lstat`: never a symlink, folder or device) whose real location is
 * inside the vault, whose name is on the documents-and-media allow-list (`fileOpenKind`) and
 * whose first bytes are not a program's is opened. Everything else needs the user: a
 * confirmation that names the file and what it is.
 */
export async function planVaultFileOpen(
  vaultRoot: string,
  relPath: string,
): Promise<VaultFileOpening> {
  const slash = relPath.lastIndexOf('/');
  const name = relPath.slice(slash + 1);
  // Every folder on the way must be a real folder (no link); the file itself may be a link,
  // which is shown, never followed.
  const folder =
    slash < 0 ? vaultRoot : await resolveInsideVault(vaultRoot, relPath.slice(0, slash));
  const abs = path.join(folder, name);
  const confirm = (kind: ConfirmKind, extension: string | null, canOpen = false) =>
    ({ action: 'confirm', path: abs, name, kind, extension, canOpen }) as const;

  let stat;
  try {
    stat = await fs.lstat(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { action: 'missing', name };
    throw error;
  }
  const byName = fileOpenKind(name);
  if (stat.isSymbolicLink()) {
    await assertLinkStaysInside(vaultRoot, abs, relPath);
    return confirm('link', byName.extension);
  }
  if (stat.isDirectory()) return confirm('folder', byName.extension);
  if (!stat.isFile()) return confirm('special', byName.extension);
  if (byName.kind === 'oddName' || (!byName.openable && byName.kind !== 'unknown'))
    return confirm(byName.kind, byName.extension);

  const head = await readHead(abs, stat);
  if (looksExecutable(head)) return confirm('disguised', byName.extension);
  if (!byName.openable) return confirm('unknown', byName.extension, true);
  // The real path, so the OS opens exactly the file checked even if a folder on the way is a link.
  return { action: 'open', path: await fs.realpath(abs) };
}
