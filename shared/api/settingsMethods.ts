import { z } from 'zod';
import { defineMethod } from './defineMethod';

/**
 * Vault settings, kept in `.praxis/db.json`. Every field has a default, so older files gain new
 * settings on load. A feature adds its settings here.
 */
export const settingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** UI language (`en`, `es`, `ca`); null follows the operating system. */
  locale: z.string().max(20).nullable().default(null),
  /** Layout and other UI state the renderer remembers (panel sizes, recent notes…). */
  ui: z.record(z.string(), z.json()).default({}),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to settings: only the fields given are replaced. */
export const settingsPatchSchema = z
  .object({
    theme: settingsSchema.shape.theme.unwrap(),
    locale: z.string().max(20).nullable(),
    ui: z.record(z.string(), z.json()),
  })
  .partial()
  .strict();

export const settingsMethods = {
  'settings.get': defineMethod(z.object({}).strict(), settingsSchema),
  /** Merges the patch into the settings (`ui` is merged key by key) and returns the result. */
  'settings.update': defineMethod(settingsPatchSchema, settingsSchema),
};
