import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/search/searchResults';
import { initI18n } from '../../i18n/i18n';
import { SearchHitRow } from './SearchHitRow';

afterEach(cleanup);

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function meta(language: string, updated: string): Promise<string> {
  const hit: SearchHit = {
    path: 'procurement/Plan.md',
    title: 'Plan',
    domains: [],
    tags: [],
    type: 'solution',
    updated,
    score: 1,
    snippets: [],
  };
  const { container } = render(
    <I18nextProvider i18n={await initI18n(language)}>
      <ul>
        <SearchHitRow hit={hit} id="hit" active={false} onOpen={() => undefined} />
      </ul>
    </I18nextProvider>,
  );
  return container.querySelector('.search-hit-meta')!.textContent!;
}

it('says when a note was updated with the grammar of each language', async () => {
  expect(await meta('es', minutesAgo(5))).toContain('actualizada hace 5 minutos');
  cleanup();
  expect(await meta('ca', minutesAgo(5))).toContain('actualitzada fa 5 minuts');
  cleanup();
  expect(await meta('en', minutesAgo(5))).toContain('updated 5 minutes ago');
  cleanup();
  // Beyond a week the date itself, with the preposition a date takes.
  expect(await meta('es', '2025-03-12T10:00:00.000Z')).toMatch(/actualizada el 12 mar 2025/);
  cleanup();
  expect(await meta('en', '2025-03-12T10:00:00.000Z')).toMatch(
    /updated on 12 Mar 2025|updated on Mar 12, 2025/,
  );
});
