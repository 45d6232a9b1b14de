/**
 * Pack versions are plain semantic versions, `MAJOR.MINOR.PATCH` (no pre-release or build parts),
 * compared numerically. A pack exported again is suggested the next minor version.
 */

const VERSION = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

export type PackVersion = readonly [major: number, minor: number, patch: number];

/** The parts of `text`, or null when it is not `X.Y.Z`. */
export function parsePackVersion(text: string): PackVersion | null {
  const match = VERSION.exec(text);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function isPackVersion(text: string): boolean {
  return parsePackVersion(text) !== null;
}

/** Negative, zero or positive as `a` is older than, the same as or newer than `b`. */
export function comparePackVersions(a: string, b: string): number {
  const pa = parsePackVersion(a);
  const pb = parsePackVersion(b);
  if (!pa || !pb) throw new Error(`Not a pack version: ${pa ? b : a}`);
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

/**
 * The version suggested for the next export of a pack: minor + 1 (`1.4.2` → `1.5.0`); the first
 * export is `1.0.0`.
 *
 * @example nextPackVersion(null) // '1.0.0'
 * @example nextPackVersion('1.4.2') // '1.5.0'
 */
export function nextPackVersion(last: string | null): string {
  const parts = last === null ? null : parsePackVersion(last);
  if (!parts) return '1.0.0';
  return `${parts[0]}.${parts[1] + 1}.0`;
}
