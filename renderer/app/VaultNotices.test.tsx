import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/renderer/renderApp';
import { VaultNotices } from './VaultNotices';

describe('VaultNotices', () => {
  it('says a known notice in the UI language, and any other in the core’s words', async () => {
    await renderApp(<VaultNotices />, {
      api: {
        'vault.info': async () => ({
          path: '/vault',
          name: 'vault',
          noteCount: 3,
          loading: null,
          notices: [
            { code: 'VAULT_LOAD_FAILED', message: 'core words', time: '2026-01-01T00:00:00Z' },
            { code: 'SOMETHING_NEW', message: 'Told as the core put it.', time: '2026-01-01' },
          ],
        }),
      },
    });
    expect(await screen.findByText(/Some of the vault's notes could not be read/)).toBeTruthy();
    expect(screen.queryByText('core words')).toBeNull();
    expect(screen.getByText('Told as the core put it.')).toBeTruthy();
  });
});
