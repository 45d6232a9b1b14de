import { useTranslation } from 'react-i18next';
import { useVault } from '../../state/VaultContext';

/** Which vault is open, and how big it is. */
export function VaultSettings() {
  const { t } = useTranslation('app');
  const vault = useVault();
  return (
    <dl className="settings-facts">
      <dt>{t('settings.vaultName')}</dt>
      <dd>{vault.info?.name ?? '—'}</dd>
      <dt>{t('settings.vaultPath')}</dt>
      <dd>
        <code>{vault.info?.path ?? '—'}</code>
      </dd>
      <dt>{t('settings.vaultNotes')}</dt>
      <dd>{vault.loaded ? vault.notes.length.toLocaleString() : '…'}</dd>
    </dl>
  );
}
