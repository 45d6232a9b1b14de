import { z } from 'zod';
import { ApiError, type ApiErrorShape, type ApiResponse } from '../../../shared/api/apiError';
import { apiContract, isMethodName, type ApiHandlers } from '../../../shared/api/contract';
import { toErrorShape } from '../errors/toErrorShape';
import { argumentsShapeProblem } from './argumentsShape';

export type ApiDispatcher = (method: string, args: unknown) => Promise<ApiResponse<unknown>>;

export interface DispatcherOptions {
  /** Also check every result against the contract (tests and the dev harness). */
  validateResults?: boolean;
  /**
   * The vault folder (as opened and as its real path): error messages name files relative to it
   * and never show the machine's absolute paths.
   */
  vaultRoots?: readonly string[];
  /**
   * Where failures that are not the caller's mistake are reported in full (a bug, or the file
   * system refusing): the main process's log by default. The renderer gets only `{code, message}`.
   */
  onUnexpectedError?: (method: string, error: unknown) => void;
}

/**
 * Turns the core's handlers into the one entry point both transports call: the method name is
 * checked against the contract, the arguments validated with its schema (the renderer is not
 * trusted), and every failure becomes `{ code, message }` with no absolute path in it.
 */
export function createApiDispatcher(
  handlers: ApiHandlers,
  options: DispatcherOptions = {},
): ApiDispatcher {
  const vaultRoots = options.vaultRoots ?? [];
  const onUnexpectedError =
    options.onUnexpectedError ??
    ((method, error) => console.error(`praxis: ${method} failed`, error));
  return async (method, rawArgs) => {
    if (!isMethodName(method))
      return failure({ code: 'NOT_FOUND', message: `There is no API method "${method}".` });
    const spec = apiContract[method];
    const args = rawArgs ?? {};
    // Checked before the schema: zod validates recursive values (JSON front matter) recursively,
    // and a deep enough one overflows the stack, which is a caller's mistake, not a bug.
    const shapeProblem = argumentsShapeProblem(args);
    if (shapeProblem)
      return failure({
        code: 'INVALID',
        message: `Invalid arguments for ${method}: ${shapeProblem}`,
      });
    let parsed: ReturnType<typeof spec.args.safeParse>;
    try {
      parsed = spec.args.safeParse(args);
    } catch (error) {
      onUnexpectedError(method, error);
      return failure({
        code: 'INVALID',
        message: `Invalid arguments for ${method}: they could not be checked.`,
      });
    }
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
      if (!(error instanceof ApiError)) onUnexpectedError(method, error);
      return failure(toErrorShape(error, vaultRoots));
    }
  };
}

function failure(error: ApiErrorShape): ApiResponse<never> {
  return { ok: false, error };
}
