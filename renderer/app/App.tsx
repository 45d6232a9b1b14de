import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteSummary } from '../../shared/api/noteSchemas';
import type { VaultInfo } from '../../shared/api/vaultMethods';
import { useApiClient } from '../api/ApiContext';

export function App() {
  const { t } = useTranslation();
  const { api, onEvent } = useApiClient();
  const [vault, setVault] = useState<VaultInfo | null>(null);
  const [notes, setNotes] = useState<NoteSummary[]>([]);

  useEffect(() => {
    const refresh = () => void api['notes.list']({}).then(setNotes);
    void api['vault.info']({}).then(setVault);
    refresh();
    return onEvent((event) => {
      if (event.type === 'notes.changed') refresh();
    });
  }, [api, onEvent]);

  useEffect(() => {
    document.title = vault ? `${vault.name} — Praxis` : 'Praxis';
  }, [vault]);

  return (
    <div className="app">
      <nav aria-label={t('notes')}>
        <h1>{vault?.name ?? 'Praxis'}</h1>
        <ul aria-label={t('notes')}>
          {notes.map((note) => (
            <li key={note.path}>{note.title}</li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
