import type { ApiHandlers } from '../../../shared/api/contract';
import type { keysMethods } from '../../../shared/api/keysMethods';
import type { packInboxMethods } from '../../../shared/api/packInboxMethods';
import type { packsMethods } from '../../../shared/api/packsMethods';
import type { CoreServices } from '../coreServices';

/** Runs `task`, then lets the pack inbox know that what it compares against may have changed. */
function thenInbox<T>(packInbox: CoreServices['packInbox'], task: Promise<T>): Promise<T> {
  return task.finally(() => packInbox.vaultChanged());
}

export function createPacksHandlers({
  packs,
  packInbox,
}: CoreServices): Pick<ApiHandlers, keyof typeof packsMethods> {
  return {
    'packs.preview': ({ selection }) => packs.preview(selection),
    'packs.definitions': async () => packs.definitions(),
    'packs.export': (args) => packs.export(args),
    'packs.exportHtml': (args) => packs.exportHtml(args),
    'packs.verify': ({ file }) => packs.verify(file),
    'packs.plan': ({ file }) => packs.plan(file),
    'packs.apply': ({ planId }) => thenInbox(packInbox, packs.apply(planId)),
    'packs.discardPlan': async ({ planId }) => {
      await packs.discardPlan(planId);
      return {};
    },
    'packs.imports': async () => packs.imports(),
    'packs.undoImport': () => thenInbox(packInbox, packs.undoImport()),
  };
}

export function createPackInboxHandlers({
  packInbox,
}: CoreServices): Pick<ApiHandlers, keyof typeof packInboxMethods> {
  return {
    'packs.inbox.list': async () => packInbox.list(),
    'packs.inbox.refresh': () => packInbox.refresh(),
    'packs.inbox.folders.set': ({ folders, pollSeconds }) =>
      packInbox.setFolders(folders, pollSeconds),
  };
}

export function createKeysHandlers({
  packs,
  packInbox,
}: CoreServices): Pick<ApiHandlers, keyof typeof keysMethods> {
  return {
    'keys.identity': () => packs.identity(),
    'keys.create': ({ department, person, replace }) =>
      packs.identities.create({ department, person, replace }),
    'keys.exportPublicKey': ({ out }) => packs.exportPublicKey(out),
    'trust.list': async () => packs.trust.list(),
    'trust.readKeyFile': ({ file }) => packs.readKeyFile(file),
    'trust.addKeyFile': ({ file }) => thenInbox(packInbox, packs.trustKeyFile(file)),
    'trust.addFromPack': ({ file, keyId }) =>
      thenInbox(packInbox, packs.trustFromPack(file, keyId)),
    'trust.remove': ({ keyId }) =>
      thenInbox(
        packInbox,
        packs.trust.remove(keyId).then(() => ({})),
      ),
  };
}
