import { locateInlineTags } from '../../../shared/links/wikiLinks';
import { tagKey } from '../../../shared/tags/tagMatch';
import { rewriteListField } from '../refactor/frontMatterList';
import type { NoteRewrite } from '../refactor/refactorTypes';
import { composeNote, splitFrontMatter } from '../vault/frontMatter';

/** The new text of a tag (without `#`), or undefined when the rename leaves it alone. */
export type TagRenamer = (tag: string) => string | undefined;

/**
 * Renames every tag of `sources` — and every tag nested under one — to `into`, keeping the
 * nested part as written: with sources `[policy]` and into `topics/policy`, `#Policy/Housing`
 * becomes `#topics/policy/Housing`. Tags compare case-insensitively; where sources nest, the
 * most specific wins.
 */
export function tagRenamer(sources: readonly string[], into: string): TagRenamer {
  const target = into.trim().replace(/^#/, '');
  const levelsOf = (tag: string) => tag.split('/').map(tagKey);
  const patterns = sources
    .map((source) =>
      levelsOf(
        source
          .trim()
          .replace(/^#/, '')
          .replace(/^\/+|\/+$/g, ''),
      ),
    )
    .sort((a, b) => b.length - a.length);
  return (tag) => {
    const levels = tag.split('/');
    const keys = levels.map(tagKey);
    for (const pattern of patterns) {
      if (pattern.length > keys.length) continue;
      if (!pattern.every((level, i) => level === keys[i])) continue;
      const renamed = [target, ...levels.slice(pattern.length)].join('/');
      return renamed === tag ? undefined : renamed;
    }
    return undefined;
  };
}

/**
 * `raw` with its tags renamed: the front-matter `tags` list (form kept, `#` prefixes kept,
 * duplicates a merge creates dropped) and inline `#tags` in the body outside code, links and
 * comments. Null when nothing changes. A note whose front matter cannot be read only has its
 * inline tags renamed, and says so in `problem`.
 */
export function renameTagsInNote(raw: string, rename: TagRenamer): NoteRewrite | null {
  const split = splitFrontMatter(raw);
  const { body, occurrences: inline } = renameInlineTags(split.body, rename);

  let listChange: ReturnType<typeof rewriteListField> = null;
  if (split.data && Object.hasOwn(split.data, 'tags')) {
    listChange = rewriteListField(
      split.data.tags,
      (entry) => {
        const hash = entry.startsWith('#') ? '#' : '';
        const renamed = rename(entry.slice(hash.length));
        return renamed === undefined ? undefined : hash + renamed;
      },
      tagKey,
    );
  }
  const occurrences = inline + (listChange?.changed ?? 0);
  const problem =
    split.error === null
      ? null
      : `Its front matter cannot be read (${split.error}), so only the tags in its text were renamed. Fix the front matter and rename again.`;
  if (occurrences === 0) return problem === null ? null : { next: raw, occurrences: 0, problem };
  const next = listChange
    ? composeNote(split, body, { tags: listChange.value })
    : raw.slice(0, split.bodyOffset) + body;
  return { next, occurrences, problem };
}

/** `body` with its inline tags renamed (code, links, comments and URLs untouched). */
export function renameInlineTags(
  body: string,
  rename: TagRenamer,
): { body: string; occurrences: number } {
  let out = '';
  let last = 0;
  let occurrences = 0;
  for (const { tag, start, end } of locateInlineTags(body)) {
    const renamed = rename(tag);
    if (renamed === undefined) continue;
    out += `${body.slice(last, start + 1)}${renamed}`;
    last = end;
    occurrences++;
  }
  return occurrences === 0 ? { body, occurrences } : { body: out + body.slice(last), occurrences };
}
