import { z } from 'zod';
import { settingsSchema } from '../../../shared/api/settingsMethods';
import { refactorRecordSchema } from '../../../shared/api/refactorMethods';
import { trustedPublisherRecordSchema } from '../../../shared/api/keysMethods';
import { importRecordSchema, packDefinitionSchema } from '../../../shared/api/packsMethods';
import { lenientArray, packStateSchema } from '../packs/packState';
import { defaultDomains } from './defaultDomains';

/**
 * What `.praxis/db.json` holds: settings, and the metadata features keep beside the notes
 * (domains, trusted publishers, pack import records…). A feature adds its section here with a
 * default, so that an older file simply gains it on load.
 */
export const DB_SCHEMA_VERSION = 1;

/**
 * A domain as stored. Lenient on purpose: a hand-edited file with an odd colour or a missing
 * description still loads (the API validates what it writes), rather than being set aside.
 */
const storedDomainSchema = z.object({
  slug: z.string().min(1),
  name: z.string(),
  description: z.string().default(''),
  colour: z.string().default('#4a5868'),
  moderators: z.array(z.object({ name: z.string(), contact: z.string().default('') })).default([]),
  created: z.string().default(''),
});

export const dbSchema = z.object({
  schemaVersion: z.literal(DB_SCHEMA_VERSION),
  settings: settingsSchema.prefault({}),
  /**
   * Community domains, in the order the user keeps them. A file without the section (a new vault,
   * or one from before domains existed) gets the default set; an empty list stays empty.
   */
  domains: z.array(storedDomainSchema).default(() => defaultDomains()),
  /** Default templates written once (by id), so that one the user deletes stays deleted. */
  templates: z.object({ installed: z.array(z.string()).default([]) }).prefault({}),
  /** Recorded vault-wide edits, newest first; their file texts are in `.praxis/refactors/`. */
  refactors: z.array(refactorRecordSchema).default([]),
  /** Knowledge packs (main/core/packs): publishers whose signed packs this vault trusts. */
  trustedPublishers: lenientArray(trustedPublisherRecordSchema),
  /** Packs this vault exports (selection, last version), so the next export is a new version. */
  packDefinitions: lenientArray(packDefinitionSchema),
  /** Imports of packs, newest first; their undo data is in `.praxis/imports/<id>.json`. */
  packImports: lenientArray(importRecordSchema),
  /** Per pack, the base each imported note is compared against (main/core/packs/packState.ts). */
  packStates: lenientArray(packStateSchema),
});

export type DbData = z.infer<typeof dbSchema>;

/** A new vault's data; its default domains named in `language` (English where there is none). */
export function defaultDbData(language: string | null = null): DbData {
  return dbSchema.parse({
    schemaVersion: DB_SCHEMA_VERSION,
    domains: defaultDomains(new Date(), language),
  });
}

/**
 * Upgrades older files step by step: `migrations[n]` turns a version-n object into version n+1.
 * Empty while there is only version 1.
 */
export const migrations: Record<
  number,
  (data: Record<string, unknown>) => Record<string, unknown>
> = {};
