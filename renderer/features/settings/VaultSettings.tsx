import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../services/useFormatLocale';
import { countableNotes } from '../../../shared/domains/domainTally';
import { useVault } from '../../state/VaultContext';

/** Which vault is open, and how many notes it has (templates not counted, as everywhere). */
export function VaultSettings() {
  const { t } = useTranslation('app');
  const number = useNumberFormat();
  const vault = useVault();
  const noteCount = useMemo(() => countableNotes(vault.notes).length, [vault.notes]);
  return (
    <dl className="settings-facts">
      <dt>{t('settings.vaultName')}</dt>
      <dd>{vault.info?.name ?? '—'}</dd>
      <dt>{t('settings.vaultPath')}</dt>
      <dd>
        <code>{vault.info?.path ?? '—'}</code>
      </dd>
      <dt>{t('settings.vaultNotes')}</dt>
      <dd>{vault.loaded ? number.format(noteCount) : '…'}</dd>
    </dl>
  );
}
