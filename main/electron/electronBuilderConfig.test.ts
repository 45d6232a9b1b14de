import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = YAML.parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  asar: boolean;
  files: string[];
  extraMetadata: { main: string };
  electronFuses: Record<string, boolean>;
  fileAssociations: Record<string, string>[];
};

/** electron-builder's own check of a configuration, from the version `npm run dist` uses. */
async function validateWithElectronBuilder(configuration: unknown): Promise<void> {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = fromBuilder('builder-util') as {
    DebugLogger: new (enabled: boolean) => unknown;
  };
  await validateConfiguration(configuration, new DebugLogger(false));
}

describe('electron-builder.yml (packaging cannot run here; its configuration can be checked)', () => {
  it('is a configuration electron-builder accepts, and it rejects a misspelt fuse', async () => {
    await validateWithElectronBuilder(config);
    await expect(
      validateWithElectronBuilder({ ...config, electronFuses: { runAsnode: false } }),
    ).rejects.toThrow(/electronFuses/);
  }, 60_000);

  it('flips every fuse to its safe side', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built app, and only it, into app.asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/**', '!dist/**/*.map', 'package.json', '!node_modules/**']);
    const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(config.extraMetadata.main).toBe(packageJson.main);
    expect(config.extraMetadata.main).toBe('dist/node/main.cjs');
  });

  it('opens .praxispack files with Praxis', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'praxispack', role: 'Viewer', rank: 'Owner' }),
    ]);
  });
});
