import type { z } from 'zod';

/** One API method: the schema its arguments must pass in main, and the shape of its result. */
export interface MethodSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A;
  result: R;
}

export function defineMethod<A extends z.ZodType, R extends z.ZodType>(
  args: A,
  result: R,
): MethodSpec<A, R> {
  return { args, result };
}
