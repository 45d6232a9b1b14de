import type { TFunction } from 'i18next';

/** A note type as the UI names it ("After-action review"); unknown types as written, capitalised. */
export function noteTypeLabel(type: string, t: TFunction): string {
  const fallback = type.charAt(0).toLocaleUpperCase() + type.slice(1).replace(/-/g, ' ');
  return t(`notes:fields.types.${type}`, { defaultValue: fallback });
}
