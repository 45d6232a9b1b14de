import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../../../shared/api/keysMethods';
import { useApiClient } from '../../../api/ApiContext';
import { useToasts } from '../../../services/toasts';
import { FormField } from '../../../ui/FormField';
import { errorText } from '../../refactor/apiErrors';
import { TrustedPublishers } from './TrustedPublishers';
import '../packs.css';

/**
 * Settings › Department identity and trusted publishers: create this computer's department
 * identity (the key that signs exported packs), see its fingerprint in words to read to another
 * department, export its public key; then the vault's trusted publishers.
 */
export function IdentitySettings() {
  const { t } = useTranslation('packs');
  return (
    <div className="settings-fields">
      <p className="settings-help">{t('identity.intro')}</p>
      <DepartmentIdentity />
      <TrustedPublishers />
    </div>
  );
}

function DepartmentIdentity() {
  const { t } = useTranslation('packs');
  const { api, host } = useApiClient();
  const { notify } = useToasts();
  const [identity, setIdentity] = useState<Identity | null | undefined>(undefined);
  const [department, setDepartment] = useState('');
  const [person, setPerson] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api['keys.identity']({}).then(
      (found) => live && setIdentity(found),
      (error: unknown) => {
        if (!live) return;
        setIdentity(null);
        setFormError(errorText(error, t('export.failed')));
      },
    );
    return () => {
      live = false;
    };
  }, [api, t]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    if (department.trim() === '') return setFieldError(t('identity.departmentRequired'));
    setFieldError(null);
    setBusy(true);
    try {
      const created = await api['keys.create']({
        department: department.trim(),
        person: person.trim() === '' ? null : person.trim(),
      });
      setIdentity(created);
      notify({
        kind: 'success',
        message: t('identity.created', { department: created.department }),
      });
    } catch (error) {
      setFormError(errorText(error, t('export.failed')));
    } finally {
      setBusy(false);
    }
  };

  const exportKey = async () => {
    if (!identity) return;
    setFormError(null);
    try {
      const out = await host['host.chooseSavePath']({
        kind: 'publicKey',
        suggestedName: `${identity.department}.pub`,
      });
      if (out === null) return;
      const { file } = await api['keys.exportPublicKey']({ out });
      notify({ kind: 'success', message: t('identity.exported', { file }) });
    } catch (error) {
      setFormError(errorText(error, t('export.failed')));
    }
  };

  if (identity === undefined) return <p>{t('identity.loading')}</p>;
  if (identity === null)
    return (
      <form className="pack-form" onSubmit={create} noValidate>
        <p>{t('identity.none')}</p>
        <FormField label={t('identity.department')} error={fieldError}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={department}
              maxLength={200}
              autoComplete="organization"
              onChange={(event) => setDepartment(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('identity.person')} error={null}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={person}
              maxLength={200}
              autoComplete="name"
              onChange={(event) => setPerson(event.target.value)}
            />
          )}
        </FormField>
        {formError && (
          <p className="field-error" role="alert">
            {formError}
          </p>
        )}
        <div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('identity.creating') : t('identity.create')}
          </button>
        </div>
      </form>
    );
  return (
    <div className="pack-form">
      <dl className="settings-facts">
        <dt>{t('identity.yours')}</dt>
        <dd>
          {identity.department}
          {identity.person && ` · ${identity.person}`}
        </dd>
        <dt>{t('identity.fingerprint')}</dt>
        <dd>
          <code>{identity.fingerprint}</code>
        </dd>
        <dt>{t('identity.words')}</dt>
        <dd>
          <span className="pack-words" data-testid="identity-words">
            {identity.words.join(' ')}
          </span>
          <p className="field-hint">{t('identity.wordsHint')}</p>
        </dd>
      </dl>
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <div>
        <button type="button" className="button" onClick={() => void exportKey()}>
          {t('identity.exportKey')}
        </button>
      </div>
    </div>
  );
}
