import type { NoteSummary } from '../../shared/api/noteSchemas';

/** A note's summary for tests: titled after its file, type `note`, nothing else set but `extra`. */
export function noteSummary(path: string, extra: Partial<NoteSummary> = {}): NoteSummary {
  return {
    id: null,
    path,
    title: path.split('/').pop()!.replace(/\.md$/, ''),
    type: 'note',
    domains: [],
    tags: [],
    aliases: [],
    created: null,
    updated: '2025-01-01T00:00:00.000Z',
    private: false,
    ...extra,
  };
}
