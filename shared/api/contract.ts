import type { z } from 'zod';
import { notesMethods } from './notesMethods';
import { linksMethods } from './linksMethods';
import { vaultMethods } from './vaultMethods';
import { settingsMethods } from './settingsMethods';
import { domainsMethods } from './domainsMethods';
import { tagsMethods } from './tagsMethods';
import { templatesMethods } from './templatesMethods';
import { refactorMethods } from './refactorMethods';
import { journalMethods } from './journalMethods';
import { searchMethods } from './searchMethods';
import { packsMethods } from './packsMethods';
import { packInboxMethods } from './packInboxMethods';
import { keysMethods } from './keysMethods';
import { historyMethods } from './historyMethods';

/**
 * The whole API between renderer and main, declared once. The core implements it
 * (main/core/api), the transports are generated from it (main/electron/ipcHandlers.ts,
 * main/electron/preload.ts, main/http/webServer.ts) and the renderer calls it through one client
 * (renderer/api/apiClient.ts). A feature adds its methods in a `<feature>Methods.ts` beside this
 * file and spreads them in here.
 */
export const apiContract = {
  ...vaultMethods,
  ...settingsMethods,
  ...notesMethods,
  ...linksMethods,
  ...domainsMethods,
  ...tagsMethods,
  ...templatesMethods,
  ...refactorMethods,
  ...journalMethods,
  ...searchMethods,
  ...packsMethods,
  ...packInboxMethods,
  ...keysMethods,
  ...historyMethods,
};

export type ApiContract = typeof apiContract;
export type MethodName = keyof ApiContract;
export const methodNames = Object.keys(apiContract) as MethodName[];

/** Arguments as a caller writes them (defaults may be omitted). */
export type MethodArgs<M extends MethodName> = z.input<ApiContract[M]['args']>;
/** Arguments as a handler receives them, validated and with defaults filled in. */
export type ParsedArgs<M extends MethodName> = z.output<ApiContract[M]['args']>;
export type MethodResult<M extends MethodName> = z.output<ApiContract[M]['result']>;

/** What the core implements: one async function per method. */
export type ApiHandlers = {
  [M in MethodName]: (args: ParsedArgs<M>) => Promise<MethodResult<M>>;
};

/** What the renderer calls. */
export type ApiMethods = {
  [M in MethodName]: (args: MethodArgs<M>) => Promise<MethodResult<M>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(apiContract, name);
}
