import path from 'node:path';
import * as fs from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../core/vault/atomicWrite';

/** Per-user app settings that are not about one vault (those live in the vault's db.json). */
const appConfigSchema = z.object({ vaultPath: z.string().optional() });
export type AppConfig = z.infer<typeof appConfigSchema>;

export async function loadAppConfig(userDataDir: string): Promise<AppConfig> {
  try {
    const text = await fs.readFile(path.join(userDataDir, 'config.json'), 'utf8');
    return appConfigSchema.parse(JSON.parse(text));
  } catch {
    return {};
  }
}

export async function saveAppConfig(userDataDir: string, config: AppConfig): Promise<void> {
  await fs.mkdir(userDataDir, { recursive: true });
  await writeFileAtomic(path.join(userDataDir, 'config.json'), JSON.stringify(config, null, 2));
}
