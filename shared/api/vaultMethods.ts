import { z } from 'zod';
import { defineMethod } from './defineMethod';

export const vaultNoticeSchema = z.object({
  /** e.g. `DB_RECOVERED` */
  code: z.string(),
  message: z.string(),
  time: z.string(),
});
export type VaultNotice = z.infer<typeof vaultNoticeSchema>;

export const vaultInfoSchema = z.object({
  /** Absolute path of the vault folder. */
  path: z.string(),
  /** Folder name, shown in the window title. */
  name: z.string(),
  noteCount: z.number().int(),
  /** Things the user should know about since the vault opened (e.g. a repaired database). */
  notices: z.array(vaultNoticeSchema),
});
export type VaultInfo = z.infer<typeof vaultInfoSchema>;

export const vaultMethods = {
  'vault.info': defineMethod(z.object({}).strict(), vaultInfoSchema),
};
