import { z } from 'zod';
import { defineMethod } from './defineMethod';
import { packInboxSettingsSchema } from './packInboxMethods';

/** A reflection prompt as the settings store it: one line, trimmed. */
const journalPromptSchema = z
  .string()
  .trim()
  .min(1, 'A prompt cannot be empty.')
  .max(300, 'A prompt is at most 300 characters.')
  .refine((text) => !/[\r\n]/.test(text), 'A prompt is one line.');

const journalSettingsFields = {
  /** The reflection prompts of a new entry; null uses the defaults of the UI language. */
  prompts: z.array(journalPromptSchema).max(20, 'At most 20 prompts.').nullable(),
  /** Whether new entries get the prompts at all. */
  promptsEnabled: z.boolean(),
  /** First day of the week (1 Monday … 7 Sunday) for the calendar and reviews; null: the locale's. */
  firstDayOfWeek: z.number().int().min(1).max(7).nullable(),
};

export const journalSettingsSchema = z.object({
  prompts: journalSettingsFields.prompts.default(null),
  promptsEnabled: journalSettingsFields.promptsEnabled.default(true),
  firstDayOfWeek: journalSettingsFields.firstDayOfWeek.default(null),
});
export type JournalSettings = z.infer<typeof journalSettingsSchema>;

/** The bounds of the history settings (the Settings page shows them). */
export const historySettingsLimits = {
  intervalMinutes: { min: 0, max: 24 * 60 },
  maxAgeDays: { min: 1, max: 3650 },
  maxShare: { min: 0.01, max: 1 },
} as const;

const historySettingsFields = {
  /**
   * A save keeps the text it replaces once this many minutes have passed since the note's last
   * kept version (0: before every save).
   */
  intervalMinutes: z
    .number()
    .int()
    .min(historySettingsLimits.intervalMinutes.min)
    .max(historySettingsLimits.intervalMinutes.max),
  /** Versions older than this are dropped (the newest of each note are always kept). */
  maxAgeDays: z
    .number()
    .int()
    .min(historySettingsLimits.maxAgeDays.min)
    .max(historySettingsLimits.maxAgeDays.max),
  /** The history may take at most this share of the vault's size (0.1 = 10 %). */
  maxShare: z
    .number()
    .min(historySettingsLimits.maxShare.min)
    .max(historySettingsLimits.maxShare.max),
};

/** A change to the history settings: the fields given, each checked. */
export const historySettingsPatchSchema = z.object(historySettingsFields).partial().strict();

export const historySettingsSchema = z.object({
  intervalMinutes: historySettingsFields.intervalMinutes.default(5),
  maxAgeDays: historySettingsFields.maxAgeDays.default(90),
  maxShare: historySettingsFields.maxShare.default(0.1),
});
export type HistorySettings = z.infer<typeof historySettingsSchema>;

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
  journal: journalSettingsSchema.prefault({}),
  /**
   * Folders whose packs are announced (packs.inbox.*; changed only through
   * `packs.inbox.folders.set`, which checks them). Unreadable values fall back to none.
   */
  packInbox: packInboxSettingsSchema.prefault({}).catch(() => packInboxSettingsSchema.parse({})),
  /** Note history (main/core/history). */
  history: historySettingsSchema.prefault({}),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to settings: only the fields given are replaced. */
export const settingsPatchSchema = z
  .object({
    theme: settingsSchema.shape.theme.unwrap(),
    locale: z.string().max(20).nullable(),
    ui: z.record(z.string(), z.json()),
    /** Merged field by field, like `ui`. */
    journal: z.object(journalSettingsFields).partial().strict(),
    /** Merged field by field, like `journal`. */
    history: historySettingsPatchSchema,
  })
  .partial()
  .strict();

export const settingsMethods = {
  'settings.get': defineMethod(z.object({}).strict(), settingsSchema),
  /** Merges the patch into the settings (`ui` and `journal` key by key) and returns the result. */
  'settings.update': defineMethod(settingsPatchSchema, settingsSchema),
};
