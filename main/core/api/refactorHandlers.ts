import type { ApiHandlers } from '../../../shared/api/contract';
import type { refactorMethods } from '../../../shared/api/refactorMethods';
import type { CoreServices } from '../coreServices';

export function createRefactorHandlers({
  refactor,
  refactorHistory,
}: CoreServices): Pick<ApiHandlers, keyof typeof refactorMethods> {
  return {
    'refactor.history': async () => refactorHistory.list(),
    'refactor.undo': ({ id }) => refactor.undo(id),
  };
}
