import { z } from 'zod';
import { settingsSchema } from '../../../shared/api/settingsMethods';

/**
 * What `.praxis/db.json` holds: settings, and the metadata features keep beside the notes
 * (domains, trusted publishers, pack import records…). A feature adds its section here with a
 * default, so that an older file simply gains it on load.
 */
export const DB_SCHEMA_VERSION = 1;

export const dbSchema = z.object({
  schemaVersion: z.literal(DB_SCHEMA_VERSION),
  settings: settingsSchema.prefault({}),
});

export type DbData = z.infer<typeof dbSchema>;

export function defaultDbData(): DbData {
  return dbSchema.parse({ schemaVersion: DB_SCHEMA_VERSION });
}

/**
 * Upgrades older files step by step: `migrations[n]` turns a version-n object into version n+1.
 * Empty while there is only version 1.
 */
export const migrations: Record<
  number,
  (data: Record<string, unknown>) => Record<string, unknown>
> = {};
