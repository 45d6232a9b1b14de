import type { NoteSummary } from '../../shared/api/noteSchemas';
import { LinkResolver } from '../../shared/links/linkResolver';
import type { VaultSnapshot } from './vaultStore';

interface ResolverEntry {
  resolver: LinkResolver;
  byPath: VaultSnapshot['byPath'];
  attachments: VaultSnapshot['attachments'];
}

const resolvers = new WeakMap<object, ResolverEntry>();

/**
 * One LinkResolver per vault store, kept in step with its snapshots: a change costs the notes
 * that changed (summaries are replaced, never mutated, so identity tells), not a rebuild of the
 * vault. The resolver object stays the same; depend on the snapshot to re-render.
 */
export function resolverFor(owner: object, snapshot: VaultSnapshot): LinkResolver {
  const entry = resolvers.get(owner);
  if (!entry) {
    const resolver = new LinkResolver(snapshot.notes, snapshot.attachments);
    resolvers.set(owner, { resolver, byPath: snapshot.byPath, attachments: snapshot.attachments });
    return resolver;
  }
  const { resolver } = entry;
  if (entry.byPath !== snapshot.byPath) {
    for (const [path, summary] of snapshot.byPath) {
      if (entry.byPath.get(path) !== summary) resolver.addNote(summary);
    }
    for (const path of entry.byPath.keys()) {
      if (!snapshot.byPath.has(path)) resolver.removeNote(path);
    }
    entry.byPath = snapshot.byPath;
  }
  if (entry.attachments !== snapshot.attachments) {
    const next = new Set(snapshot.attachments);
    for (const path of entry.attachments) if (!next.has(path)) resolver.removeAttachment(path);
    for (const path of next) resolver.addAttachment(path);
    entry.attachments = snapshot.attachments;
  }
  return resolver;
}

function byUse(values: Iterable<string>): string[] {
  const counts = new Map<string, { value: string; count: number }>();
  for (const value of values) {
    const key = value.toLowerCase();
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { value, count: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .map((e) => e.value);
}

const tagCache = new WeakMap<readonly NoteSummary[], string[]>();
const domainCache = new WeakMap<readonly NoteSummary[], string[]>();
const typeCache = new WeakMap<readonly NoteSummary[], string[]>();

/** Tags used in the vault, most used first (one spelling per tag, case aside). */
export function vaultTags(notes: readonly NoteSummary[]): string[] {
  let tags = tagCache.get(notes);
  if (!tags) tagCache.set(notes, (tags = byUse(notes.flatMap((n) => n.tags))));
  return tags;
}

/** Domain slugs used in the vault, most used first. */
export function vaultDomains(notes: readonly NoteSummary[]): string[] {
  let domains = domainCache.get(notes);
  if (!domains) domainCache.set(notes, (domains = byUse(notes.flatMap((n) => n.domains))));
  return domains;
}

/** Note types used in the vault, most used first. */
export function vaultTypes(notes: readonly NoteSummary[]): string[] {
  let types = typeCache.get(notes);
  if (!types) typeCache.set(notes, (types = byUse(notes.map((n) => n.type))));
  return types;
}

/** Unresolved link targets that name notes (not files such as `x.png`), once each, as written. */
export function plannedNoteTargets(targets: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of targets) {
    const target = raw.trim().replace(/\.md$/i, '');
    const name = target.slice(target.lastIndexOf('/') + 1);
    if (target === '' || /\.[a-z][a-z0-9]{0,4}$/i.test(name) || seen.has(target.toLowerCase()))
      continue;
    seen.add(target.toLowerCase());
    out.push(target);
  }
  return out;
}
