/**
 * `npm run web [-- --vault DIR] [--port N]`: runs Praxis in a browser on this computer, on the
 * real core, without Electron. Prints the address to open (token included).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api/apiError';
import { startPraxisCore } from '../core/praxisCore';
import { testLoadGate } from './testLoadGate';
import { defaultProfilePath } from '../core/packs/identityStore';
import { defaultVaultPath } from '../core/vault/vaultFolder';
import { createWebHost } from './webHost';
import { startWebServer } from './webServer';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      vault: { type: 'string' },
      exports: { type: 'string' },
      port: { type: 'string', default: '0' },
      'no-sample': { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'Usage: npm run web -- [--vault DIR] [--exports DIR] [--port N] [--no-sample] [--lang LANG]\n' +
        '  --exports DIR  where exported packs and keys are saved (default: <profile>/exports)\n' +
        '  --lang LANG    the language a new vault is written in: en, es or ca (default: this\n' +
        "                 computer's language, else English)",
    );
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`praxis web: "${values.port}" is not a port number.`);
    process.exitCode = 2;
    return;
  }
  const vaultPath = values.vault ? path.resolve(values.vault) : defaultVaultPath();
  // Served as soon as the folder is ready: the page shows at once and fills in as the notes are
  // read (progress in its status bar).
  const gate = testLoadGate(process.env);
  const core = await startPraxisCore({
    vaultPath,
    seed: !values['no-sample'],
    // A page cannot tell the server its language before the vault exists: the person starting
    // the harness says it, else the language this computer runs in.
    language: values.lang ?? Intl.DateTimeFormat().resolvedOptions().locale,
    validateResults: process.env.PRAXIS_VALIDATE_RESULTS === '1',
    ...(gate && { beforeLoadRecords: gate }),
  });
  // A page cannot show a save dialog that yields a path: saved files go into one folder.
  const exportsDir = values.exports
    ? path.resolve(values.exports)
    : path.join(defaultProfilePath(), 'exports');
  const server = await startWebServer({
    dispatch: core.dispatch,
    host: createWebHost(exportsDir),
    subscribe: core.subscribe,
    vaultRoot: core.vaultPath,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port,
  });
  console.log(`Praxis is serving the vault ${core.vaultPath}`);
  console.log(`Exported packs and keys are saved in ${exportsDir}`);
  console.log(`Open ${server.url}`);
  console.log('Press Ctrl+C to stop.');

  const stop = async () => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`praxis web: ${error instanceof ApiError ? error.message : String(error)}`);
  process.exit(1);
});
