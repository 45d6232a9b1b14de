import type { ApiHandlers } from '../../../shared/api/contract';
import type { keysMethods } from '../../../shared/api/keysMethods';
import type { packsMethods } from '../../../shared/api/packsMethods';
import type { CoreServices } from '../coreServices';

export function createPacksHandlers({
  packs,
}: CoreServices): Pick<ApiHandlers, keyof typeof packsMethods> {
  return {
    'packs.preview': ({ selection }) => packs.preview(selection),
    'packs.definitions': async () => packs.definitions(),
    'packs.export': (args) => packs.export(args),
    'packs.exportHtml': (args) => packs.exportHtml(args),
    'packs.verify': ({ file }) => packs.verify(file),
    'packs.plan': ({ file }) => packs.plan(file),
    'packs.apply': ({ planId }) => packs.apply(planId),
    'packs.discardPlan': async ({ planId }) => {
      await packs.discardPlan(planId);
      return {};
    },
    'packs.imports': async () => packs.imports(),
    'packs.undoImport': () => packs.undoImport(),
  };
}

export function createKeysHandlers({
  packs,
}: CoreServices): Pick<ApiHandlers, keyof typeof keysMethods> {
  return {
    'keys.identity': () => packs.identity(),
    'keys.create': ({ department, person, replace }) =>
      packs.identities.create({ department, person, replace }),
    'keys.exportPublicKey': ({ out }) => packs.exportPublicKey(out),
    'trust.list': async () => packs.trust.list(),
    'trust.readKeyFile': ({ file }) => packs.readKeyFile(file),
    'trust.addKeyFile': ({ file }) => packs.trustKeyFile(file),
    'trust.addFromPack': ({ file, keyId }) => packs.trustFromPack(file, keyId),
    'trust.remove': async ({ keyId }) => {
      await packs.trust.remove(keyId);
      return {};
    },
  };
}
