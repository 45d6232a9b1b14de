import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../i18n/i18n';
import { NoteProvenance } from './NoteProvenance';

afterEach(cleanup);

const origin = {
  pack: 'p1',
  title: 'Procurement basics',
  version: '1.2.0',
  publisher: 'Department of Finance',
  keyId: 'a'.repeat(64),
  hash: 'h',
};

async function show(frontMatter: Record<string, unknown> | null) {
  const i18n = await initI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <NoteProvenance path="a.md" type="note" frontMatter={frontMatter} />
    </I18nextProvider>,
  );
}

describe('NoteProvenance', () => {
  it('says which pack a note came from, and who signed it', async () => {
    await show({ origin });
    expect(screen.getByTestId('note-provenance').textContent).toBe(
      'Imported from Procurement basics v1.2.0, signed by Department of Finance',
    );
  });

  it('says when the pack was not signed', async () => {
    await show({ origin: { ...origin, keyId: null, person: 'A. Moderator' } });
    expect(screen.getByTestId('note-provenance').textContent).toBe(
      'Imported from Procurement basics v1.2.0, from Department of Finance (A. Moderator) (not signed)',
    );
  });

  it('shows nothing for notes of this vault, or a provenance in another shape', async () => {
    await show({ title: 'Mine' });
    expect(screen.queryByTestId('note-provenance')).toBeNull();
    await show({ origin: '<script>' });
    expect(screen.queryByTestId('note-provenance')).toBeNull();
  });
});
