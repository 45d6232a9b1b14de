import { z } from 'zod';
import { defineMethod } from './defineMethod';

export const vaultNoticeSchema = z.object({
  /** e.g. `DB_RECOVERED` */
  code: z.string(),
  message: z.string(),
  time: z.string(),
});
export type VaultNotice = z.infer<typeof vaultNoticeSchema>;

/** How far the first read of the vault's notes is (notes read of those found). */
export const vaultLoadProgressSchema = z.object({
  done: z.number().int(),
  total: z.number().int(),
});
export type VaultLoadProgress = z.infer<typeof vaultLoadProgressSchema>;

export const vaultInfoSchema = z.object({
  /** Absolute path of the vault folder. */
  path: z.string(),
  /** Folder name, shown in the window title. */
  name: z.string(),
  /** The notes read so far: all of them once `loading` is null. */
  noteCount: z.number().int(),
  /**
   * While the notes are still being read (the window opens before): how far it is. Lists answer
   * from the notes read so far; `vault.loaded` says when they are complete.
   */
  loading: vaultLoadProgressSchema.nullable(),
  /** Things the user should know about since the vault opened (e.g. a repaired database). */
  notices: z.array(vaultNoticeSchema),
});
export type VaultInfo = z.infer<typeof vaultInfoSchema>;

export const vaultMethods = {
  'vault.info': defineMethod(z.object({}).strict(), vaultInfoSchema),
};
