import path from 'node:path';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { firstTitleHeading } from '../../../shared/markdown/firstTitleHeading';
import { DEFAULT_NOTE_TYPE } from '../../../shared/notes/noteTypes';
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
    id: scalarString(fm.id),
    path: relPath,
    // A template's `title:` and heading are its notes' (`{{title}}`); it is named by its file.
    title: isTemplatePath(relPath)
      ? noteNameOf(relPath)
      : (scalarString(fm.title) ?? firstTitleHeading(split.body) ?? noteNameOf(relPath)),
    type: isTemplatePath(relPath)
      ? TEMPLATE_NOTE_TYPE
      : (scalarString(fm.type)?.toLowerCase() ?? DEFAULT_NOTE_TYPE),
    domains: stringList(fm.domains),
    tags: uniqueCaseInsensitive([...stringList(fm.tags), ...inlineTags].map(normalizeTag)).filter(
      (t) => t !== '',
    ),
    aliases: stringList(fm.aliases ?? fm.alias),
    created: dateString(fm.created),
    updated: dateString(fm.updated) ?? mtime.toISOString(),
  };
}

/** The file name of a note without folder and `.md`. */
export function noteNameOf(relPath: string): string {
  return path.posix.basename(relPath).replace(/\.md$/i, '');
}

function scalarString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** A YAML list of strings, or one string with commas (Obsidian accepts both). */
function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(scalarString).filter((v): v is string => v !== null);
  const single = scalarString(value);
  if (single === null) return [];
  return single
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function normalizeTag(tag: string): string {
  return tag.trim().replace(/^#/, '');
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
  const text = scalarString(value);
  if (text === null || Number.isNaN(Date.parse(text))) return null;
  return text;
}
