import { z } from 'zod';
import { defineMethod } from './defineMethod';
import { noteEncodingSchema, noteSchema, vaultPathSchema } from './noteSchemas';

/** Why a version of a note was kept: what was about to replace (or had replaced) its text. */
export const historyCauseSchema = z.discriminatedUnion('kind', [
  /** A save in Praxis replaced it. */
  z.object({ kind: z.literal('edit') }),
  /** Another program (a sync client, an editor, a script) changed the file. */
  z.object({ kind: z.literal('outside') }),
  /** The note was renamed or moved (or a link in it was rewritten by a rename). */
  z.object({ kind: z.literal('rename') }),
  /** A vault-wide change (tag or domain rename, merge…) rewrote it. */
  z.object({ kind: z.literal('vault-change') }),
  /** A knowledge pack's import replaced it; `pack` is the pack's title. */
  z.object({ kind: z.literal('import'), pack: z.string().max(500) }),
  /** The note was deleted (moved to the trash). */
  z.object({ kind: z.literal('delete') }),
  /** An earlier version was restored over it. */
  z.object({ kind: z.literal('restore') }),
]);
export type HistoryCause = z.infer<typeof historyCauseSchema>;
export type HistoryCauseKind = HistoryCause['kind'];

export const historyVersionSchema = z.object({
  /** Stable within the note's history. */
  id: z.string(),
  /** When the version was replaced (ISO time). */
  time: z.string(),
  cause: historyCauseSchema,
  /** Where the note was at that time (the history follows renames). */
  path: z.string(),
  /** Size of the version's file, in bytes. */
  size: z.number().int().nonnegative(),
});
export type HistoryVersion = z.infer<typeof historyVersionSchema>;

const historyArgs = z.object({ path: vaultPathSchema }).strict();
const versionArgs = z.object({ path: vaultPathSchema, id: z.string().min(1).max(100) }).strict();

export const historyMethods = {
  /**
   * The earlier versions of a note, newest first. Works for a deleted note too (by the path it
   * had). `problems` says which damaged history entries were skipped.
   */
  'history.list': defineMethod(
    historyArgs,
    z.object({
      path: z.string(),
      versions: z.array(historyVersionSchema),
      problems: z.array(z.string()),
    }),
  ),
  /**
   * One earlier version: its whole file as text (decoded the way the note itself would be) and its
   * body without the front matter (what the editor shows, to compare with it).
   */
  'history.read': defineMethod(
    versionArgs,
    historyVersionSchema.extend({
      text: z.string(),
      body: z.string(),
      encoding: noteEncodingSchema,
    }),
  ),
  /**
   * Makes an earlier version the note's text again, byte for byte, as a normal save: the text it
   * replaces is kept in the history (cause `restore`), so a restore can itself be undone.
   */
  'history.restore': defineMethod(versionArgs, noteSchema),
};
