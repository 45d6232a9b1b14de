/** How deep arguments may nest: far beyond any real call, far below what overflows a validator. */
export const MAX_ARGUMENT_DEPTH = 64;

/**
 * Why `args` cannot be validated safely, or null. Schemas of recursive values (JSON in front
 * matter and settings) are checked recursively, so a value nested thousands of levels deep (or a
 * cycle, which IPC's structured clone can carry) would overflow the stack. This walk is iterative
 * and stops at the first value nested deeper than {@link MAX_ARGUMENT_DEPTH}.
 */
export function argumentsShapeProblem(args: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: args, depth: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, depth } = item;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_ARGUMENT_DEPTH)
      return `the arguments are nested more than ${MAX_ARGUMENT_DEPTH} levels deep. Send a flatter value.`;
    for (const child of Array.isArray(value) ? value : Object.values(value))
      stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}
