/** How a value shows (a domain slug as its name and colour), if not as written. */
export interface TokenLook {
  label: string;
  /** A `#rrggbb` swatch before the label. */
  colour?: string;
  /** Shown after a suggestion's label, e.g. the slug it stands for. */
  detail?: string;
  /** The value is suspect, e.g. "not in the domain list": marked and said. */
  flag?: string;
}

export type TokenOption =
  | { kind: 'suggestion'; value: string }
  /** What was typed, as a new value (a tag no note has yet, a domain not in the list). */
  | { kind: 'create'; value: string };

export interface TokenOptionsInput {
  text: string;
  values: readonly string[];
  suggestions: readonly string[];
  normalize(value: string): string | null;
  describe?(value: string): TokenLook | undefined;
  max: number;
}

/**
 * What a token field offers for `text`, in order: suggestions not chosen yet whose value or label
 * starts with it, then those that contain it (at most `max`), then — when something is typed that
 * is a valid new value and no suggestion is exactly it — "create" that value. The first option is
 * the one Enter takes (the ARIA combobox's first match highlighted), so a typed prefix picks the
 * visible suggestion, never the literal text.
 *
 * @example
 * tokenOptions({ text: 'proc', suggestions: ['procurement'], … });
 * // [{ kind: 'suggestion', value: 'procurement' }, { kind: 'create', value: 'proc' }]
 */
export function tokenOptions({
  text,
  values,
  suggestions,
  normalize,
  describe,
  max,
}: TokenOptionsInput): TokenOption[] {
  const typed = text.trim().replace(/^#/, '').toLowerCase();
  const present = new Set(values.map((v) => v.toLowerCase()));
  const candidates = suggestions.filter((s) => !present.has(s.toLowerCase()));
  const suggestion = (value: string): TokenOption => ({ kind: 'suggestion', value });
  if (typed === '') return candidates.slice(0, max).map(suggestion);
  const texts = (s: string) => {
    const label = describe?.(s)?.label;
    return label === undefined ? [s.toLowerCase()] : [s.toLowerCase(), label.toLowerCase()];
  };
  const starts = candidates.filter((s) => texts(s).some((x) => x.startsWith(typed)));
  const contains = candidates.filter(
    (s) => !starts.includes(s) && texts(s).some((x) => x.includes(typed)),
  );
  const matches = [...starts, ...contains].slice(0, max);
  // An exact match (value or label) goes first: typing a whole name and Enter takes it.
  const exact = matches.findIndex((s) => texts(s).includes(typed));
  if (exact > 0) matches.unshift(...matches.splice(exact, 1));
  const options = matches.map(suggestion);
  const created = normalize(text);
  if (
    created !== null &&
    !present.has(created.toLowerCase()) &&
    !matches.some((s) => texts(s).includes(created.toLowerCase()))
  )
    options.push({ kind: 'create', value: created });
  return options;
}
