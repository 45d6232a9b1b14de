import { z } from 'zod';
import { defineMethod } from './defineMethod';
import { noteSchema, vaultPathSchema } from './noteSchemas';

/**
 * Note templates: markdown files in the vault's `templates/` folder (shared/templates), editable
 * like any note. The first time templates are asked for, the default ones (solution,
 * after-action review, practice, CoP session, question, note) are written into the folder if
 * missing, in the vault's language; a default the user deleted is not brought back unless asked
 * (`templates.restoreDefaults`), and a user's edited template is never replaced without asking.
 *
 * Placeholders, filled when a note is made (unknown ones are left as written):
 * `{{title}}`, `{{date}}` (YYYY-MM-DD), `{{time}}` (HH:mm), `{{date:FORMAT}}` / `{{time:FORMAT}}`
 * (YYYY YY MMMM MMM MM M DD D dddd ddd HH H mm ss, `[literal]`), `{{domain}}` (first domain's
 * name), `{{domains}}` (all names), `{{domain-slug}}`, `{{steward}}`, `{{review-by}}`.
 */

export const noteTemplateSchema = z.object({
  /** Vault path of the template file. */
  path: z.string(),
  /** File name without `.md`, e.g. `Solution`. */
  name: z.string(),
  /** The type notes made from it get (its front-matter `type`, else `note`). */
  type: z.string(),
  /** Its front-matter `template-description`, or ''. */
  description: z.string(),
  /** Whether notes made from it get `steward` and `review-by` (solution and practice). */
  stewarded: z.boolean(),
});
export type NoteTemplate = z.infer<typeof noteTemplateSchema>;

export const templatesMethods = {
  /** The vault's templates, known types first. */
  'templates.list': defineMethod(z.object({}).strict(), z.array(noteTemplateSchema)),
  /**
   * "Restore default templates" in `language` (default: the vault's): writes the missing ones and
   * replaces unedited defaults in another language. Templates with the user's edits are listed in
   * `edited` and left alone unless `replace`: then each goes to the trash before the default
   * takes its place (`replaced`).
   */
  'templates.restoreDefaults': defineMethod(
    z
      .object({
        language: z.string().max(35).optional(),
        replace: z.boolean().default(false),
      })
      .strict(),
    z.object({
      created: z.array(z.string()),
      replaced: z.array(z.string()),
      edited: z.array(z.string()),
    }),
  ),
  /**
   * Creates `<folder>/<name>.md` from a template: placeholders filled, front matter with a new
   * `id`, the template's `type`, `domains`, `created`/`updated`, and for solution and practice
   * notes `steward` and `review-by` (default: a year from today). EXISTS if the file is there.
   */
  'templates.createNote': defineMethod(
    z
      .object({
        template: vaultPathSchema,
        folder: z.string().max(1024).default(''),
        /** The file name, without `.md`. */
        name: z.string().min(1, 'A note needs a name.').max(200),
        /** What `{{title}}` becomes (it may hold characters file names cannot); default: `name`. */
        title: z.string().max(300).optional(),
        domains: z.array(z.string().min(1).max(200)).max(100).default([]),
        steward: z.string().max(300).optional(),
        /** `YYYY-MM-DD`. */
        reviewBy: z.string().max(40).optional(),
      })
      .strict(),
    noteSchema,
  ),
};
