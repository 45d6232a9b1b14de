import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { renderApp } from '../../../testing/renderer/renderApp';
import { VaultSettings } from './VaultSettings';

afterEach(cleanup);

describe('VaultSettings', () => {
  it('counts the notes as the status bar and home do: templates are not notes', async () => {
    await renderApp(<VaultSettings />, {
      notes: [
        noteSummary('Home.md'),
        noteSummary('Procurement/Framework agreements.md'),
        noteSummary('templates/Solution.md', { type: 'template' }),
        noteSummary('Templates/Meeting.md', { type: 'template' }),
      ],
    });
    expect((await screen.findByText('Notes')).nextElementSibling!.textContent).toBe('2');
  });
});
