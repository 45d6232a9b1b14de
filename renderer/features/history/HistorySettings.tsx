import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  historySettingsLimits,
  historySettingsPatchSchema,
  type HistorySettings as HistorySettingsValue,
} from '../../../shared/api/settingsMethods';
import { useToasts } from '../../services/toasts';
import { useSettings } from '../../state/SettingsContext';
import './history.css';

type Field = keyof HistorySettingsValue;

/**
 * How each setting is shown: the value stored times `scale` (the share of the vault is stored as
 * a fraction and shown as a whole percentage).
 */
const fields: readonly {
  field: Field;
  label: string;
  help: string;
  unit: string;
  scale: number;
}[] = [
  {
    field: 'intervalMinutes',
    label: 'history.settings.interval',
    help: 'history.settings.intervalHelp',
    unit: 'history.settings.minutes',
    scale: 1,
  },
  {
    field: 'maxAgeDays',
    label: 'history.settings.maxAge',
    help: 'history.settings.maxAgeHelp',
    unit: 'history.settings.days',
    scale: 1,
  },
  {
    field: 'maxShare',
    label: 'history.settings.maxSize',
    help: 'history.settings.maxSizeHelp',
    unit: 'history.settings.percent',
    scale: 100,
  },
];

/**
 * Note history's bounds (Settings › Note history): how often a save keeps a version, how long
 * versions are kept and how much room the history may take. Each field is saved when it is left
 * or on Enter, if it is a whole number within its bounds; otherwise it says what it takes and
 * nothing is saved (Escape puts back the saved value).
 */
export function HistorySettings() {
  return (
    <div className="settings-fields">
      {fields.map((spec) => (
        <HistoryNumberField key={spec.field} {...spec} />
      ))}
    </div>
  );
}

function HistoryNumberField({ field, label, help, unit, scale }: (typeof fields)[number]) {
  const toShown = (value: number) => Math.round(value * scale);
  const fromShown = (shown: number) => shown / scale;
  const { t } = useTranslation('notes');
  const { settings, update } = useSettings();
  const { notifyError } = useToasts();
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  const saved = String(toShown(settings.history[field]));
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const min = toShown(historySettingsLimits[field].min);
  const max = toShown(historySettingsLimits[field].max);

  const commit = () => {
    if (draft === null) return;
    const shown = Number(draft.trim());
    const patch = { [field]: fromShown(shown) };
    if (
      draft.trim() === '' ||
      !Number.isInteger(shown) ||
      !historySettingsPatchSchema.safeParse(patch).success
    ) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(null);
    if (String(shown) !== saved) update({ history: patch }).catch(notifyError);
  };

  return (
    <div className="settings-field">
      <label className="settings-label" htmlFor={inputId}>
        {t(label)}
      </label>
      <div className="history-setting-row">
        <input
          id={inputId}
          className="input history-setting-input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft ?? saved}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${errorId} ${helpId}` : helpId}
          onChange={(event) => {
            setDraft(event.target.value);
            setInvalid(false);
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            }
            if (event.key === 'Escape' && draft !== null) {
              event.preventDefault();
              setDraft(null);
              setInvalid(false);
            }
          }}
        />
        <span aria-hidden="true">{t(unit)}</span>
      </div>
      {invalid && (
        <p id={errorId} className="field-error" role="alert">
          {t('history.settings.invalid', { min, max })}
        </p>
      )}
      <p id={helpId} className="settings-help">
        {t(help)}
      </p>
    </div>
  );
}
