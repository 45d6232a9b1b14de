/**
 * Note templates are ordinary markdown files in the vault's top-level `templates/` folder (any
 * letter case, so an Obsidian `Templates/` folder works as it is), visible and editable like any
 * note. They are not notes, though: their summaries have the type `template`, and domain and tag
 * counts, open questions and review lists leave them out. Search and other lists should use
 * `isTemplatePath` to do the same.
 */

/** The folder Praxis creates for templates when the vault has none. */
export const TEMPLATES_FOLDER = 'templates';

/** The note type every template's summary has, whatever type the notes it makes will have. */
export const TEMPLATE_NOTE_TYPE = 'template';

/** Whether the vault path is a file inside the templates folder. */
export function isTemplatePath(path: string): boolean {
  const slash = path.indexOf('/');
  return slash > 0 && path.slice(0, slash).toLowerCase() === TEMPLATES_FOLDER;
}
