import type { ApiHandlers } from '../../../shared/api/contract';
import type { templatesMethods } from '../../../shared/api/templatesMethods';
import type { CoreServices } from '../coreServices';

export function createTemplatesHandlers({
  templates,
}: CoreServices): Pick<ApiHandlers, keyof typeof templatesMethods> {
  return {
    'templates.list': () => templates.list(),
    'templates.restoreDefaults': ({ language, replace }) =>
      templates.restoreDefaults(language, replace),
    'templates.createNote': (args) => templates.createNote(args),
  };
}
