import { DEFAULT_TEMPLATE_IDS, seedContent, type DefaultTemplateId } from '../seed/seedContent';

/**
 * The templates a vault starts with, one per note type, in the vault's language (see
 * main/core/seed/locales). They are written into the templates folder the first time templates
 * are needed and belong to the user from then on. Hints are HTML comments: they guide the writer
 * and do not show when the note is read.
 */
export interface DefaultTemplate {
  /** Stable id, the same in every language; recorded in db.json once written. */
  id: DefaultTemplateId;
  /** File name in the templates folder. */
  fileName: string;
  content: string;
}

/** The default templates in a language (`es`, `ca-ES`…; English where there is none). */
export function defaultTemplates(language: string | null | undefined): DefaultTemplate[] {
  const { templates } = seedContent(language);
  return DEFAULT_TEMPLATE_IDS.map((id) => ({ id, ...templates[id] }));
}

/** The English defaults (what vaults made before templates had languages were given). */
export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = defaultTemplates('en');
