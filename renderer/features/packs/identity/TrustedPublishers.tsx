import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublisherKey } from '../../../../shared/api/keysMethods';
import { useApiClient } from '../../../api/ApiContext';
import { useDateFormat } from '../../../services/useDateFormat';
import { useLiveQuery } from '../../../services/useLiveQuery';
import { useToasts } from '../../../services/toasts';
import { FormField } from '../../../ui/FormField';
import { errorText } from '../../refactor/apiErrors';
import { PackListRow } from '../PackListRow';

/**
 * The vault's trusted publishers: each with its fingerprint words, removable; and adding one from
 * a `.pub` key file, only after its fingerprint words were shown to compare.
 */
export function TrustedPublishers() {
  const { t } = useTranslation('packs');
  const client = useApiClient();
  const { api, host } = client;
  const { notify } = useToasts();
  const dates = useDateFormat();
  const [generation, setGeneration] = useState(0);
  const list = useLiveQuery(`trust:${generation}`, () => api['trust.list']({}), []);
  /** The path field (the web harness has no open dialog). */
  const [asking, setAsking] = useState(false);
  const [path, setPath] = useState('');
  const [candidate, setCandidate] = useState<{ file: string; key: PublisherKey } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const readKey = async (file: string) => {
    setError(null);
    try {
      const key = await api['trust.readKeyFile']({ file });
      setCandidate({ file, key });
    } catch (failure) {
      setError(errorText(failure, t('export.failed')));
    }
  };

  const start = async () => {
    setError(null);
    setCandidate(null);
    if (client.edition === 'web') return setAsking(true);
    const file = await host['host.chooseOpenPath']({ kind: 'publicKey' }).catch(() => null);
    if (file) await readKey(file);
  };

  const submitPath = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim() !== '') void readKey(path.trim());
  };

  const trust = async () => {
    if (!candidate) return;
    try {
      const added = await api['trust.addKeyFile']({ file: candidate.file });
      notify({
        kind: 'success',
        message: t('identity.trusted.added', { department: added.department }),
      });
      setCandidate(null);
      setAsking(false);
      setPath('');
      setGeneration((g) => g + 1);
    } catch (failure) {
      setError(errorText(failure, t('export.failed')));
    }
  };

  const remove = async (keyId: string, department: string) => {
    try {
      await api['trust.remove']({ keyId });
      notify({ kind: 'success', message: t('identity.trusted.removed', { department }) });
      setGeneration((g) => g + 1);
    } catch (failure) {
      setError(errorText(failure, t('export.failed')));
    }
  };

  const publishers = list.data ?? [];
  return (
    <section className="pack-form" aria-labelledby="trusted-publishers-title">
      <h3 id="trusted-publishers-title" className="pack-section-title">
        {t('identity.trusted.title')}
      </h3>
      <p className="field-hint">{t('identity.trusted.hint')}</p>
      {list.data !== null && publishers.length === 0 && <p>{t('identity.trusted.none')}</p>}
      {publishers.length > 0 && (
        <ul className="pack-list" aria-labelledby="trusted-publishers-title">
          {publishers.map((p) => (
            <PackListRow
              key={p.keyId}
              title={p.person ? `${p.department} · ${p.person}` : p.department}
              detail={
                <>
                  <span className="pack-words">{p.words.join(' ')}</span>
                  <br />
                  {t('identity.trusted.addedAt', { date: dates.dateTime(p.addedAt) })} ·{' '}
                  {t(`identity.trusted.source.${p.source}`)}
                </>
              }
              action={{
                label: t('identity.trusted.remove'),
                name: t('identity.trusted.removeOne', { department: p.department }),
                run: () => void remove(p.keyId, p.department),
              }}
            />
          ))}
        </ul>
      )}
      {asking && !candidate && (
        <form className="pack-pick" onSubmit={submitPath} noValidate>
          <FormField label={t('identity.trusted.path')} error={null}>
            {(control) => (
              <input
                {...control}
                className="input"
                value={path}
                autoFocus
                onChange={(event) => setPath(event.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button">
            {t('identity.trusted.read')}
          </button>
        </form>
      )}
      {candidate && (
        <div className="notice" role="group" aria-label={candidate.key.department}>
          <p>
            <strong>{candidate.key.department}</strong>
            {candidate.key.person && ` · ${candidate.key.person}`}
          </p>
          <p>
            {candidate.key.trusted
              ? t('identity.trusted.already')
              : t('identity.trusted.compare', { words: candidate.key.words.join(' ') })}
          </p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setCandidate(null)}>
              {t('identity.trusted.cancel')}
            </button>
            {!candidate.key.trusted && (
              <button type="button" className="button button-primary" onClick={() => void trust()}>
                {t('identity.trusted.confirm')}
              </button>
            )}
          </div>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="button" className="button" onClick={() => void start()}>
          {t('identity.trusted.add')}
        </button>
      </div>
    </section>
  );
}
