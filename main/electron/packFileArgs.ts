import path from 'node:path';

/**
 * The knowledge packs in a command line: what the OS passes when a `.praxispack` file is
 * double-clicked (Windows and Linux start the app, or a second instance, with its path). Only
 * `.praxispack` paths count, made absolute against `cwd`; switches and anything else are ignored,
 * and the core checks the file itself when it is planned.
 */
export function packFilesIn(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.praxispack'))
    .map((arg) => path.resolve(cwd, arg));
}
