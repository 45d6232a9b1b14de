import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../state/activeNote';

export interface SaveStatusProps {
  state: SaveState;
  error: string | null;
  onRetry(): void;
}

/** The autosave state, announced politely: saved, saving, unsaved, not saved (with retry), conflict. */
export function SaveStatus({ state, error, onRetry }: SaveStatusProps) {
  const { t } = useTranslation('notes');
  const label =
    state === 'error' ? t('save.error', { message: error ?? '' }) : t(`save.${state}` as const);
  return (
    <div className="save-status" data-state={state}>
      <span role="status" aria-live="polite" className="save-status-text" title={label}>
        <span className="save-dot" aria-hidden="true" />
        <span className="save-label">{state === 'error' ? t('save.errorShort') : label}</span>
        {state === 'error' && <span className="visually-hidden">{label}</span>}
      </span>
      {state === 'error' && (
        <button type="button" className="button button-small" onClick={onRetry} title={label}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
