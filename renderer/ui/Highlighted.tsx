import type { ReactNode } from 'react';

/**
 * `text` with the characters at `matches` (UTF-16 indexes of a fuzzy match, as fuzzysort gives
 * them) wrapped in <mark>, consecutive ones together.
 */
export function Highlighted({ text, matches }: { text: string; matches: readonly number[] }) {
  if (matches.length === 0) return <>{text}</>;
  const marked = new Set(matches);
  const parts: ReactNode[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && marked.has(i) === marked.has(start)) continue;
    const run = text.slice(start, i);
    parts.push(marked.has(start) ? <mark key={start}>{run}</mark> : run);
    start = i;
  }
  return <>{parts}</>;
}
