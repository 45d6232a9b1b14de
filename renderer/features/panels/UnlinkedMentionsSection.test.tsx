import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UnlinkedMention } from '../../../shared/api/linksMethods';
import { renderApp } from '../../../testing/renderer/renderApp';
import type { NoteLinks } from '../../services/extensionPoints';
import { UnlinkedMentionsSection } from './UnlinkedMentionsSection';

afterEach(cleanup);

const NO_LINKS: NoteLinks = { status: 'ready', backlinks: [], outgoing: [] };

function mention(i: number): UnlinkedMention {
  const paragraph = `Our plan number ${i}.`;
  return {
    source: `n/Note ${i}.md`,
    sourceTitle: `Note ${i}`,
    version: 'v1',
    start: 4,
    end: 8,
    text: 'plan',
    line: 1,
    bodyLine: 0,
    paragraph,
    highlight: [4, 8],
  };
}

describe('UnlinkedMentionsSection', () => {
  it('lists the first page, and Show more asks for the next one', async () => {
    const limits: number[] = [];
    await renderApp(<UnlinkedMentionsSection path="Plan.md" links={NO_LINKS} />, {
      api: {
        'links.unlinkedMentions': async ({ limit = 20 }) => {
          limits.push(limit);
          const total = 30;
          return {
            mentions: Array.from({ length: Math.min(limit, total) }, (_, i) => mention(i)),
            more: limit < total,
          };
        },
      },
    });
    await screen.findByRole('button', { name: 'Note 19' });
    expect(screen.queryByRole('button', { name: 'Note 20' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show more mentions' }));
    await screen.findByRole('button', { name: 'Note 29' });
    expect(limits).toEqual([20, 40]);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Show more mentions' })).toBeNull(),
    );
    expect(screen.getAllByRole('button', { name: /^Link “plan” in Note/ })).toHaveLength(30);
  });

  it('at the longest list, says where the others are instead', async () => {
    const limits: number[] = [];
    await renderApp(<UnlinkedMentionsSection path="Plan.md" links={NO_LINKS} />, {
      api: {
        // Few mentions shown, but always "more": the list stops growing at 500.
        'links.unlinkedMentions': async ({ limit = 20 }) => {
          limits.push(limit);
          return { mentions: [mention(limits.length)], more: true };
        },
      },
    });
    for (let i = 1; i <= 24; i++) {
      await screen.findByRole('button', { name: `Note ${i}` });
      fireEvent.click(screen.getByRole('button', { name: 'Show more mentions' }));
    }
    await screen.findByRole('button', { name: 'Note 25' });
    expect(limits).toEqual(Array.from({ length: 25 }, (_, i) => 20 * (i + 1)));
    expect(
      await screen.findByText('Other notes may mention it too: search for its name to see them.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more mentions' })).toBeNull();
  });
});
