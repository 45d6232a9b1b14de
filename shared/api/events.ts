import { z } from 'zod';
import { noteSummarySchema } from './noteSchemas';

/**
 * Events main sends to the renderer. Like methods, declared once here and carried by either
 * transport (IPC messages in Electron, server-sent events in the web harness).
 */
export const apiEvents = {
  /** A note was added, changed or removed, by Praxis (`app`) or by another program (`external`). */
  'notes.changed': z.object({
    kind: z.enum(['added', 'changed', 'removed']),
    path: z.string(),
    origin: z.enum(['app', 'external']),
    /** The note's summary after the change; null when it was removed. */
    summary: noteSummarySchema.nullable(),
    /**
     * The note's version after the change (null when it was removed): an editor that has just
     * saved this version knows the event is its own save's echo and need not read the note.
     */
    version: z.string().nullable(),
    /**
     * The notes whose links now read differently (outgoing links, or backlinks with the line and
     * paragraph they quote): a links panel reloads only when its note is among them.
     */
    linksChanged: z.array(z.string()),
  }),
  /** An attachment (image, PDF…) appeared in or disappeared from the vault. */
  'attachments.changed': z.object({
    kind: z.enum(['added', 'removed']),
    path: z.string(),
  }),
  /** The domain list changed (created, edited, renamed, merged, deleted, undone): refetch it. */
  'domains.changed': z.object({ slugs: z.array(z.string()) }),
  /**
   * A vault-wide change was recorded or undone: refetch `refactor.history` (the Edit menu's
   * "Undo last vault-wide change" names the newest one).
   */
  'refactor.changed': z.object({}),
  /**
   * The vault's files are listed, before its notes are read: `notes.listUnread` now names every
   * note not read yet, so that lists can show them all by file name while the load goes on.
   */
  'vault.listed': z.object({ noteCount: z.number().int() }),
  /**
   * Every note of the vault has been read (the window opened before): lists, counts, tags,
   * domains and backlinks asked for meanwhile were partial and should be asked again. `failed`
   * says why the load stopped, if it did.
   */
  'vault.loaded': z.object({ noteCount: z.number().int(), failed: z.string().nullable() }),
  /** Progress of long work (indexing, import…); `done === total` when finished. */
  'task.progress': z.object({
    task: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number(),
  }),
  /** The UI language setting changed (the desktop menu follows it). */
  'settings.localeChanged': z.object({ locale: z.string().nullable() }),
  /**
   * The OS asked Praxis to open a `.praxispack` (a double-click, "Open with", a file given on the
   * command line): the import flow takes it from here (Electron only).
   */
  'packs.openRequested': z.object({ path: z.string() }),
  /**
   * The pack inbox changed (a pack appeared, finished copying, was imported…): refetch
   * `packs.inbox.list`. `offering` is its count of new packs and newer versions (the badge).
   */
  'packs.inboxChanged': z.object({ offering: z.number().int() }),
  /** A menu item asked the renderer to run a command (Electron only). */
  'app.command': z.object({ command: z.string() }),
};

export type ApiEvents = typeof apiEvents;
export type EventName = keyof ApiEvents;
export type EventPayload<E extends EventName> = z.infer<ApiEvents[E]>;
/** An event as it travels: `{ type, payload }`. */
export type ApiEvent = { [E in EventName]: { type: E; payload: EventPayload<E> } }[EventName];
