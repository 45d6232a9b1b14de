import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../i18n/i18n';
import { NoteTitle } from './NoteTitle';

afterEach(cleanup);

/** The title as the vault reports it: it changes only when the note's new summary arrives. */
function Harness({ onCommit }: { onCommit(title: string): Promise<boolean> }) {
  const [title] = useState('Tagged');
  return (
    <>
      <NoteTitle
        title={title}
        focusRequest={0}
        disabled={false}
        busy={false}
        message={null}
        onCommit={onCommit}
        onDone={() => screen.getByRole('button', { name: 'editor' }).focus()}
      />
      <button type="button">editor</button>
    </>
  );
}

it('Enter renames once: leaving the field for the text does not commit the title again', async () => {
  const onCommit = vi.fn(async () => true);
  render(
    <I18nextProvider i18n={await initI18n('en')}>
      <Harness onCommit={onCommit} />
    </I18nextProvider>,
  );
  const field = screen.getByRole('textbox');
  field.focus();
  fireEvent.change(field, { target: { value: 'Q: what is tagged?' } });
  fireEvent.keyDown(field, { key: 'Enter' });
  const editor = screen.getByRole('button', { name: 'editor' });
  await waitFor(() => expect(document.activeElement).toBe(editor));
  // The vault has not reported the new title yet; the blur must not rename again.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(onCommit).toHaveBeenCalledTimes(1);
});

it('a title typed while a rename is finishing is kept and renamed after it', async () => {
  let finishFirst!: (ok: boolean) => void;
  const onCommit = vi
    .fn<(title: string) => Promise<boolean>>()
    .mockImplementationOnce(() => new Promise((resolve) => (finishFirst = resolve)))
    .mockResolvedValue(false);
  render(
    <I18nextProvider i18n={await initI18n('en')}>
      <Harness onCommit={onCommit} />
    </I18nextProvider>,
  );
  const field = screen.getByRole<HTMLTextAreaElement>('textbox');
  field.focus();
  fireEvent.change(field, { target: { value: 'Q: what is tagged?' } });
  fireEvent.keyDown(field, { key: 'Enter' });
  // The first rename is still following its file when the next title is typed and committed.
  field.focus();
  fireEvent.change(field, { target: { value: 'Plan' } });
  fireEvent.keyDown(field, { key: 'Enter' });
  finishFirst(true);
  await waitFor(() => expect(onCommit).toHaveBeenCalledTimes(2));
  expect(onCommit).toHaveBeenLastCalledWith('Plan');
});
