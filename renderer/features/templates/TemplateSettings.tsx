import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandRegistry } from '../../services/commands/CommandsContext';

/** Settings › Templates: restore the default templates in the language the app is shown in. */
export function TemplateSettings() {
  const { t } = useTranslation('domains');
  const { t: tc } = useTranslation('commands');
  const registry = useCommandRegistry();
  const hint = useId();
  return (
    <div className="form-field">
      <p id={hint} className="field-hint">
        {t('templateRestore.settingsHint')}
      </p>
      <button
        type="button"
        className="button"
        aria-describedby={hint}
        onClick={() => registry.run('templates.restoreDefaults')}
      >
        {tc('templates.restoreDefaults')}
      </button>
    </div>
  );
}
