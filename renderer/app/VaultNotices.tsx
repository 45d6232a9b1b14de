import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { VaultNotice } from '../../shared/api/vaultMethods';
import { useVault } from '../state/VaultContext';
import { Icon } from '../ui/Icon';
import { useUiState } from '../services/useUiState';

const dismissedSchema = z.array(z.string().max(400)).max(100);
const noticeKey = (notice: VaultNotice) => `${notice.code}@${notice.time}`;

/**
 * Things the user should know about the vault since it opened (e.g. "db.json was repaired"),
 * shown above the view until dismissed; a dismissed notice is remembered and not shown again.
 */
export function VaultNotices() {
  const { t } = useTranslation('app');
  const { info } = useVault();
  const [dismissed, setDismissed] = useUiState('dismissedNotices', dismissedSchema, []);
  const notices = (info?.notices ?? []).filter((n) => !dismissed.includes(noticeKey(n)));
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={noticeKey(notice)} className="notice" role="status">
          <Icon name="warning" />
          <p className="notice-message">
            {/* In the UI language where the code is known; the core's own words otherwise. */}
            {t(`notice.byCode.${notice.code}`, { defaultValue: notice.message })}
          </p>
          <button
            type="button"
            className="button button-small"
            onClick={() => setDismissed((current) => [...current, noticeKey(notice)].slice(-100))}
          >
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
