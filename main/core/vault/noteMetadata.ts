import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { firstTitleHeading } from '../../../shared/markdown/firstTitleHeading';
import { frontMatterList, frontMatterText } from '../../../shared/notes/frontMatterValues';
import { noteNameOf } from '../../../shared/notes/noteFileName';
import { journalEntryTitle } from '../../../shared/journal/journalEntryTitle';
import { isPrivateNote } from '../../../shared/journal/privacy';
import { DEFAULT_NOTE_TYPE } from '../../../shared/notes/noteTypes';
import { tagFromText } from '../../../shared/tags/tagNames';
import { TEMPLATE_NOTE_TYPE, isTemplatePath } from '../../../shared/templates/templatePaths';
import type { SplitNote } from './frontMatter';

/**
 * The summary of a note (what lists, links and search need) from its path, its split text, the
 * tags written inline in its body and its modification time. A file in the templates folder is
 * a template whatever its front matter says: its type is `template` and its title its file name.
 */
export function summarizeNote(
  relPath: string,
  split: SplitNote,
  inlineTags: readonly string[],
  mtime: Date,
): NoteSummary {
  const fm = split.data ?? {};
  const type = isTemplatePath(relPath)
    ? TEMPLATE_NOTE_TYPE
    : (frontMatterText(fm.type)?.toLowerCase() ?? DEFAULT_NOTE_TYPE);
  const entryTitle = journalEntryTitle({ path: relPath, type });
  const heading = firstTitleHeading(split.body);
  return {
    id: frontMatterText(fm.id),
    path: relPath,
    // A template's `title:` and heading are its notes' (`{{title}}`); it is named by its file.
    title: isTemplatePath(relPath)
      ? noteNameOf(relPath)
      : (frontMatterText(fm.title) ?? entryTitle ?? heading ?? noteNameOf(relPath)),
    type,
    domains: frontMatterList(fm.domains),
    tags: uniqueCaseInsensitive(
      [...frontMatterList(fm.tags), ...inlineTags].map(tagFromText),
    ).filter((t) => t !== ''),
    // An entry's heading (its day in words) still names it for links written with it.
    aliases: uniqueCaseInsensitive([
      ...frontMatterList(fm.aliases ?? fm.alias),
      ...(entryTitle !== null && heading !== null ? [heading] : []),
    ]),
    created: dateString(fm.created),
    updated: dateString(fm.updated) ?? mtime.toISOString(),
    private: isPrivateNote({ path: relPath, type, frontMatter: split.data }),
  };
}

function uniqueCaseInsensitive(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dateString(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  const text = frontMatterText(value);
  if (text === null || Number.isNaN(Date.parse(text))) return null;
  return text;
}
