/**
 * Accent folding, the one rule the app uses wherever text is compared "ignoring accents": search
 * (main/core/search/textAnalyzer.ts) and unlinked mentions (main/core/links/findMentions.ts), so
 * that `contratacion` finds what `Contratación` names in both.
 *
 * @example foldDiacritics('Gestión pública') // 'Gestion publica'
 */
const nonAscii = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex
const combiningMarks = /\p{M}/gu;
/** Letters that Unicode does not decompose but readers treat as plain Latin letters. */
const extraFolds: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};
const extraFoldPattern = /[ßæœøłđıþ]/g;

/** `Gestión` → `Gestion`: strips accents and other combining marks (case is kept). */
export function foldDiacritics(text: string): string {
  if (!nonAscii.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(extraFoldPattern, (ch) => extraFolds[ch] ?? ch);
}
