import { z } from 'zod';
import { defineMethod } from './defineMethod';
import { trustedPublisherSchema } from './keysMethods';
import { isoDateTimeSchema } from './noteSchemas';
import {
  importCountsSchema,
  packProblemSchema,
  packPublisherInfoSchema,
  packSummarySchema,
  signatureStatusSchema,
} from './packsMethods';

/**
 * The pack inbox: folders this vault subscribes to (a network share, a OneDrive/SharePoint,
 * Nextcloud or Syncthing folder, a git checkout) whose `.praxispack` files are verified and
 * planned in the background — never imported. Importing one is the ordinary `packs.plan` →
 * `packs.apply` of its `file`, after the user has read the plan. Changes are announced with the
 * `packs.inboxChanged` event (main/core/packs/packInbox.ts says how files are watched).
 */

/** At most this many subscribed folders per vault. */
export const MAX_INBOX_FOLDERS = 20;

/** The subscribed folders as the vault's settings keep them (db.json `settings.packInbox`). */
export const packInboxSettingsSchema = z.object({
  /** Absolute paths of the folders to watch. */
  folders: z.array(z.string().min(1).max(4096)).max(MAX_INBOX_FOLDERS).default([]),
  /** How often every folder is looked at again (file events are unreliable on network drives). */
  pollSeconds: z.number().int().min(5).max(3600).default(60),
});
export type PackInboxSettings = z.infer<typeof packInboxSettingsSchema>;

/**
 * What a file in a subscribed folder is, for this vault:
 *
 * - `checking`: found, not verified yet.
 * - `new`: a sound pack this vault has never imported.
 * - `update`: a newer version of a pack this vault imported.
 * - `imported`: the version this vault last imported.
 * - `older`: an earlier version than the one imported.
 * - `tampered`: complete, but its contents or signature do not match its manifest: refused.
 * - `refused`: complete, but not acceptable (too large, unsafe names, a zip bomb…): refused.
 * - `incomplete`: still being copied (its size or time still changes, or the zip's directory is
 *   missing or cut short): looked at again shortly, never reported as tampered.
 * - `damaged`: incomplete and unchanged for a long time: the copy probably failed.
 */
export const inboxStateSchema = z.enum([
  'checking',
  'new',
  'update',
  'imported',
  'older',
  'tampered',
  'refused',
  'incomplete',
  'damaged',
]);
export type InboxState = z.infer<typeof inboxStateSchema>;

/** The states that offer something to take: counted in the badge. */
export const OFFERING_STATES: readonly InboxState[] = ['new', 'update'];

export const inboxEntrySchema = z.object({
  /** Absolute path of the pack file (give it to `packs.plan` to open it). */
  file: z.string(),
  /** Its file name. */
  name: z.string(),
  /** The subscribed folder it is in. */
  folder: z.string(),
  state: inboxStateSchema,
  size: z.number().int(),
  modified: isoDateTimeSchema,
  /** Null until verified, or when its manifest could not be read. */
  pack: packSummarySchema.nullable(),
  publisher: packPublisherInfoSchema.nullable(),
  signature: signatureStatusSchema.nullable(),
  trustedAs: trustedPublisherSchema.nullable(),
  /** The version of this pack the vault imported last, if any. */
  importedVersion: z.string().nullable(),
  /** What importing it would change now (a sound pack): counts of its notes by plan status. */
  changes: z
    .object({
      notes: importCountsSchema,
      /** Attachments it would add or replace. */
      attachments: z.number().int(),
      /** Notes of an earlier version no longer in it (kept). */
      removedFromPack: z.number().int(),
    })
    .nullable(),
  /** Why it is refused (`tampered`, `refused`, `damaged`) or why it is still waited for. */
  problem: packProblemSchema.nullable(),
  /** When it was first seen incomplete (`incomplete`, `damaged`). */
  waitingSince: isoDateTimeSchema.nullable(),
  checkedAt: isoDateTimeSchema.nullable(),
});
export type InboxEntry = z.infer<typeof inboxEntrySchema>;

export const inboxFolderSchema = z.object({
  path: z.string(),
  /**
   * `checking`: not looked at yet; `watching`: read at the last look; `missing`, `unreadable`:
   * it could not be (a share not mounted, no permission): it is tried again at every look.
   */
  status: z.enum(['checking', 'watching', 'missing', 'unreadable']),
  /** Pack files it holds. */
  packs: z.number().int(),
});
export type InboxFolder = z.infer<typeof inboxFolderSchema>;

export const packInboxSchema = z.object({
  folders: z.array(inboxFolderSchema),
  pollSeconds: z.number().int(),
  /** Offering states first (new, update), then the rest; by title within each. */
  entries: z.array(inboxEntrySchema),
  /** Entries that are `new` or `update` (the badge). */
  offering: z.number().int(),
  /** The end of the last look at the folders; null before the first. */
  checkedAt: isoDateTimeSchema.nullable(),
});
export type PackInbox = z.infer<typeof packInboxSchema>;

export const packInboxMethods = {
  /** The inbox as last looked at (no files are read). */
  'packs.inbox.list': defineMethod(z.object({}).strict(), packInboxSchema),
  /** Looks at every subscribed folder now and answers once every file is checked. */
  'packs.inbox.refresh': defineMethod(z.object({}).strict(), packInboxSchema),
  /**
   * Replaces the subscribed folders (and the poll interval, if given): each must be an absolute
   * path to an existing folder (INVALID otherwise, nothing changed). The folders are looked at
   * in the background; `packs.inboxChanged` follows.
   */
  'packs.inbox.folders.set': defineMethod(
    z
      .object({
        folders: z.array(z.string().trim().min(1).max(4096)).max(MAX_INBOX_FOLDERS),
        pollSeconds: packInboxSettingsSchema.shape.pollSeconds.unwrap().optional(),
      })
      .strict(),
    packInboxSchema,
  ),
};
