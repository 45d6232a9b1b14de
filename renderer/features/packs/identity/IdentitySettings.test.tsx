import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Identity, TrustedPublisher } from '../../../../shared/api/keysMethods';
import { renderApp } from '../../../../testing/renderer/renderApp';
import { IdentitySettings } from './IdentitySettings';

afterEach(cleanup);

const words = ['abandon', 'ability', 'able', 'about', 'above', 'absent', 'absorb', 'abstract'];
const identity: Identity = {
  department: 'Department of Finance',
  person: 'A. Moderator',
  keyId: 'a'.repeat(64),
  created: '2026-01-01T00:00:00.000Z',
  fingerprint: 'AAAA BBBB CCCC',
  words,
};
const publisher = (department: string, keyId: string): TrustedPublisher => ({
  keyId,
  publicKey: 'x',
  department,
  person: null,
  addedAt: '2026-02-01T10:00:00.000Z',
  source: 'key-file',
  fingerprint: 'DDDD',
  words: ['zoo', 'zone', 'youth', 'young', 'yellow', 'year', 'wrong', 'write'],
});

describe('IdentitySettings', () => {
  it('creates the department identity and shows its fingerprint in words, then exports its key', async () => {
    const create = vi.fn(async () => identity);
    const exportKey = vi.fn(async ({ out }: { out: string }) => ({ file: out, identity }));
    await renderApp(<IdentitySettings />, {
      api: {
        'keys.identity': async () => null,
        'keys.create': create,
        'keys.exportPublicKey': exportKey,
        'trust.list': async () => [],
      },
      host: { 'host.chooseSavePath': async () => '/exports/Department of Finance.pub' },
    });
    await screen.findByText('This computer has no department identity yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Create identity' }));
    expect(await screen.findByText('Name the department.')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole('textbox', { name: 'Department' }), {
      target: { value: ' Department of Finance ' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Person (optional)' }), {
      target: { value: 'A. Moderator' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create identity' }));
    expect(await screen.findByText(words.join(' '))).toBeTruthy();
    expect(create).toHaveBeenCalledWith({
      department: 'Department of Finance',
      person: 'A. Moderator',
    });
    expect(screen.getByText('AAAA BBBB CCCC')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Export public key…' }));
    await waitFor(() =>
      expect(exportKey).toHaveBeenCalledWith({ out: '/exports/Department of Finance.pub' }),
    );
  });

  it('lists trusted publishers, adds one from a key file after showing its words, removes one', async () => {
    let trusted = [publisher('Department of Health', 'b'.repeat(64))];
    const readKeyFile = vi.fn(async () => ({
      keyId: 'c'.repeat(64),
      department: 'City Council',
      person: null,
      trusted: false,
      fingerprint: 'EEEE',
      words: ['cat', 'dog', 'egg', 'fig', 'gem', 'hat', 'ice', 'jam'],
    }));
    const addKeyFile = vi.fn(async () => {
      const added = publisher('City Council', 'c'.repeat(64));
      trusted = [added, ...trusted];
      return added;
    });
    const remove = vi.fn(async ({ keyId }: { keyId: string }) => {
      trusted = trusted.filter((p) => p.keyId !== keyId);
      return {};
    });
    await renderApp(<IdentitySettings />, {
      api: {
        'keys.identity': async () => identity,
        'trust.list': async () => trusted,
        'trust.readKeyFile': readKeyFile,
        'trust.addKeyFile': addKeyFile,
        'trust.remove': remove,
      },
    });
    const list = await screen.findByRole('list', { name: 'Trusted publishers' });
    expect(list.textContent).toContain('Department of Health');

    // The web harness has no open dialog: the path is asked for.
    fireEvent.click(screen.getByRole('button', { name: 'Add from a key file…' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Path of the key file (.pub)' }), {
      target: { value: '/keys/city.pub' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check key' }));
    const prompt = await screen.findByRole('group', { name: 'City Council' });
    expect(prompt.textContent).toContain('cat dog egg fig gem hat ice jam');
    expect(addKeyFile).not.toHaveBeenCalled();
    fireEvent.click(within(prompt).getByRole('button', { name: 'Trust this publisher' }));
    await waitFor(() => expect(addKeyFile).toHaveBeenCalledWith({ file: '/keys/city.pub' }));
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Trusted publishers' }).textContent).toContain(
        'City Council',
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Stop trusting Department of Health' }));
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Trusted publishers' }).textContent).not.toContain(
        'Department of Health',
      ),
    );
    expect(remove).toHaveBeenCalledWith({ keyId: 'b'.repeat(64) });
  });
});
