import { ApiError } from '../../../shared/api/apiError';
import type { PackProblem, PackProblemReason } from '../../../shared/api/packsMethods';

/**
 * A pack refused: the error carries `{ reason, message, entry }` (PackProblem) as its data, so the
 * UI and the CLI can say exactly what was wrong. Its code is INVALID.
 */
export class PackRefusedError extends ApiError {
  readonly problem: PackProblem;

  constructor(reason: PackProblemReason, message: string, entry: string | null = null) {
    const problem: PackProblem = { reason, message, entry };
    super('INVALID', message, problem);
    this.problem = problem;
  }
}

export function refuse(reason: PackProblemReason, message: string, entry?: string): never {
  throw new PackRefusedError(reason, message, entry ?? null);
}

/** Quotes an entry name for a message, with anything unprintable escaped. */
export function quoteName(name: string): string {
  const shown = name.length > 120 ? `${name.slice(0, 117)}…` : name;
  return JSON.stringify(shown);
}
