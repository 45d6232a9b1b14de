import { z } from 'zod';
import { ApiError, type ApiErrorShape, type ApiResponse } from '../../../shared/api/apiError';
import { apiContract, isMethodName, type ApiHandlers } from '../../../shared/api/contract';

export type ApiDispatcher = (method: string, args: unknown) => Promise<ApiResponse<unknown>>;

export interface DispatcherOptions {
  /** Also check every result against the contract (tests and the dev harness). */
  validateResults?: boolean;
  /** Where unexpected errors are reported (a bug, not a user mistake). */
  onInternalError?: (method: string, error: unknown) => void;
}

/**
 * Turns the core's handlers into the one entry point both transports call: the method name is
 * checked against the contract, the arguments validated with its schema (the renderer is not
 * trusted), and every failure becomes `{ code, message }`.
 */
export function createApiDispatcher(
  handlers: ApiHandlers,
  options: DispatcherOptions = {},
): ApiDispatcher {
  const onInternalError =
    options.onInternalError ??
    ((method, error) => console.error(`praxis: ${method} failed unexpectedly`, error));
  return async (method, rawArgs) => {
    if (!isMethodName(method))
      return failure({ code: 'NOT_FOUND', message: `There is no API method "${method}".` });
    const spec = apiContract[method];
    const parsed = spec.args.safeParse(rawArgs ?? {});
    if (!parsed.success)
      return failure({
        code: 'INVALID',
        message: `Invalid arguments for ${method}: ${z.prettifyError(parsed.error)}`,
      });
    try {
      const handler = handlers[method] as (args: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      if (options.validateResults) spec.result.parse(value);
      return { ok: true, value };
    } catch (error) {
      const shape = toErrorShape(error);
      if (shape.code === 'INTERNAL') onInternalError(method, error);
      return failure(shape);
    }
  };
}

function failure(error: ApiErrorShape): ApiResponse<never> {
  return { ok: false, error };
}

/** Maps anything thrown to an error a user can read. File-system errors get plain words. */
export function toErrorShape(error: unknown): ApiErrorShape {
  if (error instanceof ApiError) return error.toJSON();
  const e = error as NodeJS.ErrnoException;
  const where = e?.path ? ` (${e.path})` : '';
  switch (e?.code) {
    case 'ENOENT':
      return { code: 'NOT_FOUND', message: `The file was not found${where}.` };
    case 'ENOSPC':
      return {
        code: 'IO',
        message: 'The disk is full. Free some space and try again; nothing was saved.',
      };
    case 'EACCES':
    case 'EPERM':
      return { code: 'IO', message: `Permission denied${where}. Check the folder's permissions.` };
    case 'EROFS':
      return { code: 'IO', message: `The vault is on a read-only disk${where}.` };
    case 'EMFILE':
    case 'EBUSY':
      return { code: 'IO', message: `The file is busy${where}. Try again in a moment.` };
    default:
      if (e && typeof e.code === 'string' && e.code.startsWith('E'))
        return { code: 'IO', message: `The file system refused: ${e.message}` };
      return {
        code: 'INTERNAL',
        message: `Something went wrong inside Praxis: ${error instanceof Error ? error.message : String(error)}`,
      };
  }
}
