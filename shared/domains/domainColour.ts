/**
 * Domain colours are `#rrggbb`. Any colour can be used: text on it is drawn in black or white,
 * whichever contrasts more (every colour reaches at least 4.5:1 with one of them).
 */

/** `#rrggbb` (lower case) for `#rgb` or `#rrggbb` in any case; null for anything else. */
export function parseHexColour(text: string): string | null {
  const value = text.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(value)) return value;
  if (/^#[0-9a-f]{3}$/.test(value))
    return `#${[...value.slice(1)].map((digit) => digit + digit).join('')}`;
  return null;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour (black or white) that reads best on `background` (`#rrggbb`). */
export function readableTextColour(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000')
    ? '#ffffff'
    : '#000000';
}

/**
 * The palette new domains take their colour from, in order: the default domains have the first
 * eight, a new domain the first one no domain uses. Each is dark enough for white text (at least
 * 4.5:1) and for a mark on a white page (at least 3:1), and the first eight are far apart in
 * colour so that no two default domains look alike; main/core/domains/defaultDomains.test.ts checks both.
 */
export const DOMAIN_PALETTE = [
  '#1d5fa8', // blue
  '#a3307a', // magenta
  '#0b756f', // teal
  '#3c7522', // green
  '#8a5300', // amber
  '#b3361d', // vermilion
  '#6a43b5', // violet
  '#4a5868', // slate
  '#00668a', // cerulean
  '#8c2f4a', // wine
  '#5c6400', // olive
  '#8e2fa8', // purple
] as const;
