import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/settingsMethods';
import { supportedLanguages } from '../../../shared/i18n/i18nResources';
import { useToasts } from '../../services/toasts';
import { useSettings } from '../../state/SettingsContext';

const themes: Settings['theme'][] = ['system', 'light', 'dark'];

/** Each language named in itself, as language pickers do. */
const languageNames: Record<(typeof supportedLanguages)[number], string> = {
  en: 'English',
  es: 'Español',
  ca: 'Català',
};

/** Theme (follow the OS, light, dark) and UI language. */
export function AppearanceSettings() {
  const { t } = useTranslation('app');
  const { settings, update } = useSettings();
  const { notifyError } = useToasts();
  const languageId = useId();

  return (
    <div className="settings-fields">
      <fieldset className="settings-field">
        <legend className="settings-label">{t('settings.theme')}</legend>
        <div className="segmented" role="presentation">
          {themes.map((theme) => (
            <label key={theme} className="segmented-option">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => update({ theme }).catch(notifyError)}
              />
              <span>{t(`settings.theme_${theme}`)}</span>
            </label>
          ))}
        </div>
        <p className="settings-help">{t('settings.themeHelp')}</p>
      </fieldset>

      <div className="settings-field">
        <label className="settings-label" htmlFor={languageId}>
          {t('settings.language')}
        </label>
        <select
          id={languageId}
          className="input select"
          value={settings.locale ?? ''}
          onChange={(event) => update({ locale: event.target.value || null }).catch(notifyError)}
        >
          <option value="">{t('settings.languageSystem')}</option>
          {supportedLanguages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageNames[code]}
            </option>
          ))}
        </select>
        <p className="settings-help">{t('settings.languageHelp')}</p>
      </div>
    </div>
  );
}
