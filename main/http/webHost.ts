import path from 'node:path';
import * as fs from 'node:fs/promises';
import { hostFileName } from '../../shared/files/hostFileName';
import { createHostDispatcher, type HostDispatcher } from '../core/api/hostDispatcher';

/**
 * The web harness's stand-ins for the OS's dialogs: a browser page cannot show a save dialog
 * that yields a path, so files the user saves go into one fixed folder (`exportsDir`, printed at
 * start), each under a name not yet taken; open dialogs are not available (the UI asks for a
 * path instead) and there is no file manager to show a file in.
 */
export function createWebHost(exportsDir: string): HostDispatcher {
  return createHostDispatcher({
    'host.chooseSavePath': async ({ kind, suggestedName }) => {
      await fs.mkdir(exportsDir, { recursive: true });
      return freePath(exportsDir, hostFileName(kind, suggestedName));
    },
    // The browser's own print dialog saves PDFs.
    'host.exportPdf': async () => null,
    'host.chooseOpenPath': async () => null,
    'host.showInFolder': async () => false,
    // A browser opens no files from the OS.
    'host.takeOpenRequests': async () => [],
  });
}

/** `dir/name`, or `dir/name (2).ext`… when that is taken: never an existing file. */
async function freePath(dir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    const taken = await fs.lstat(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}
