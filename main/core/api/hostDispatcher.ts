import { z } from 'zod';
import { ApiError, type ApiResponse } from '../../../shared/api/apiError';
import {
  hostMethods,
  isHostMethodName,
  type HostMethodName,
  type HostResult,
} from '../../../shared/api/hostMethods';
import { toErrorShape } from '../errors/toErrorShape';

/** What a host (the desktop app, the web harness) implements: one function per host method. */
export type HostHandlers = {
  [M in HostMethodName]: (
    args: z.output<(typeof hostMethods)[M]['args']>,
  ) => Promise<HostResult<M>>;
};

export type HostDispatcher = (method: string, args: unknown) => Promise<ApiResponse<unknown>>;

/**
 * The host methods' one entry point, as the API's: the name checked, the arguments validated
 * (the renderer is not trusted), failures turned into `{ code, message }`.
 */
export function createHostDispatcher(handlers: HostHandlers): HostDispatcher {
  return async (method, rawArgs) => {
    if (!isHostMethodName(method))
      return { ok: false, error: { code: 'NOT_FOUND', message: `There is no "${method}".` } };
    const parsed = hostMethods[method].args.safeParse(rawArgs ?? {});
    if (!parsed.success)
      return {
        ok: false,
        error: {
          code: 'INVALID',
          message: `Invalid arguments for ${method}: ${z.prettifyError(parsed.error)}`,
        },
      };
    try {
      const handler = handlers[method] as (args: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(`praxis: ${method} failed`, error);
      return { ok: false, error: toErrorShape(error, []) };
    }
  };
}
