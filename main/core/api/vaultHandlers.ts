import path from 'node:path';
import type { ApiHandlers } from '../../../shared/api/contract';
import type { vaultMethods } from '../../../shared/api/vaultMethods';
import type { CoreServices } from '../coreServices';

export function createVaultHandlers({
  realRoot,
  repository,
  notices,
  vaultLoad,
}: CoreServices): Pick<ApiHandlers, keyof typeof vaultMethods> {
  return {
    'vault.info': async () => ({
      path: realRoot,
      name: path.basename(realRoot),
      noteCount: repository.size,
      loading: vaultLoad.progress,
      notices: [...notices],
    }),
  };
}
