import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { firstTitleHeading } from '../../../shared/markdown/firstTitleHeading';
import { frontMatterList, frontMatterText } from '../../../shared/notes/frontMatterValues';
import { noteNameOf } from '../../../shared/notes/noteFileName';
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
  return {
    id: frontMatterText(fm.id),
    path: relPath,
    // A template's `title:` and heading are its notes' (`{{title}}`); it is named by its file.
    title: isTemplatePath(relPath)
      ? noteNameOf(relPath)
      : (frontMatterText(fm.title) ?? firstTitleHeading(split.body) ?? noteNameOf(relPath)),
    type: isTemplatePath(relPath)
      ? TEMPLATE_NOTE_TYPE
      : (frontMatterText(fm.type)?.toLowerCase() ?? DEFAULT_NOTE_TYPE),
    domains: frontMatterList(fm.domains),
    tags: uniqueCaseInsensitive(
      [...frontMatterList(fm.tags), ...inlineTags].map(tagFromText),
    ).filter((t) => t !== ''),
    aliases: frontMatterList(fm.aliases ?? fm.alias),
    created: dateString(fm.created),
    updated: dateString(fm.updated) ?? mtime.toISOString(),
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
