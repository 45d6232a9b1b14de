import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../../shared/dates/formatDate';
import { weekRuleForLocale, weekdayOrder } from '../../../shared/dates/weeks';
import { defaultJournalPrompts } from '../../../shared/journal/journalPrompts';
import { useToasts } from '../../services/toasts';
import { useSettings } from '../../state/SettingsContext';
import { Icon } from '../../ui/Icon';
import { useJournalCalendar } from './journalLocale';

const MAX_PROMPTS = 20;
const MAX_PROMPT_LENGTH = 300;

const weekdayName = (weekday: number, language: string) =>
  formatIsoDate(`2024-01-0${weekday}`, language, { weekday: 'long' });

/**
 * The journal's settings: the reflection prompts a new entry gets (edit, reorder, add, remove,
 * back to the defaults in the UI language, or none at all) and the first day of the week of the
 * calendar and the weekly review. Prompts are saved when a field is left; existing entries keep
 * their text.
 */
export function JournalSettings() {
  const { t, i18n } = useTranslation('journal');
  const { settings, update } = useSettings();
  const { notifyError } = useToasts();
  const { locale } = useJournalCalendar();
  const ids = { enabled: useId(), list: useId(), firstDay: useId(), help: useId() };
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { prompts, promptsEnabled, firstDayOfWeek } = settings.journal;
  const stored = prompts ?? defaultJournalPrompts(language);
  /** The list while it is being edited; null shows what is stored. */
  const [draft, setDraft] = useState<string[] | null>(null);
  const shown = draft ?? stored;
  const listRef = useRef<HTMLOListElement>(null);
  const focusRow = useRef<number | null>(null);

  const addRef = useRef<HTMLButtonElement>(null);
  // Focus follows an added or removed row once the list shows it (-1: the Add button).
  useEffect(() => {
    const wanted = focusRow.current;
    if (wanted === null) return;
    if (wanted === -1) {
      addRef.current?.focus();
      focusRow.current = null;
      return;
    }
    const input = listRef.current?.querySelectorAll<HTMLInputElement>('input')[wanted];
    if (!input) return;
    input.focus();
    focusRow.current = null;
  });

  const save = (list: readonly string[]) => {
    const cleaned = list.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
    setDraft(null);
    if (cleaned.length === stored.length && cleaned.every((p, i) => p === stored[i])) return;
    update({ journal: { prompts: cleaned } }).catch(notifyError);
  };

  const edit = (index: number, text: string) =>
    setDraft(shown.map((p, i) => (i === index ? text : p)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...shown];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    save(next);
  };
  const remove = (index: number) => {
    const rest = shown.filter((_, i) => i !== index);
    focusRow.current = rest.length === 0 ? -1 : Math.min(index, rest.length - 1);
    save(rest);
  };
  const add = () => {
    focusRow.current = shown.length;
    setDraft([...shown, '']);
  };

  const localeFirstDay = weekRuleForLocale(locale).firstDay;
  return (
    <div className="settings-fields journal-settings">
      <div className="settings-field">
        <label className="journal-checkbox" htmlFor={ids.enabled}>
          <input
            id={ids.enabled}
            type="checkbox"
            checked={promptsEnabled}
            onChange={(event) =>
              update({ journal: { promptsEnabled: event.target.checked } }).catch(notifyError)
            }
          />
          {t('settings.promptsEnabled')}
        </label>
        <p className="settings-help">{t('settings.promptsEnabledHelp')}</p>
      </div>

      <fieldset className="settings-field" disabled={!promptsEnabled} aria-describedby={ids.help}>
        <legend className="settings-label">{t('settings.prompts')}</legend>
        <ol ref={listRef} className="prompt-list">
          {shown.map((prompt, index) => (
            <li key={index} className="prompt-row">
              <input
                className="input"
                value={prompt}
                maxLength={MAX_PROMPT_LENGTH}
                aria-label={t('settings.promptLabel', { number: index + 1 })}
                onChange={(event) => edit(index, event.target.value)}
                // Saved when focus leaves the list (moving between prompts keeps editing).
                onBlur={(event) => {
                  if (draft !== null && !listRef.current?.contains(event.relatedTarget as Node))
                    save(shown);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    save(shown);
                  }
                  if (event.key === 'Escape' && draft !== null) {
                    event.preventDefault();
                    setDraft(null);
                  }
                }}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('settings.moveUp', { number: index + 1 })}
                title={t('settings.moveUp', { number: index + 1 })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <Icon name="chevronUp" />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('settings.moveDown', { number: index + 1 })}
                title={t('settings.moveDown', { number: index + 1 })}
                disabled={index === shown.length - 1}
                onClick={() => move(index, 1)}
              >
                <Icon name="chevronDown" />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('settings.remove', { number: index + 1 })}
                title={t('settings.remove', { number: index + 1 })}
                onClick={() => remove(index)}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ol>
        {shown.length === 0 && <p className="journal-muted">{t('settings.noPrompts')}</p>}
        <div className="prompt-actions">
          <button
            ref={addRef}
            type="button"
            className="button"
            disabled={shown.length >= MAX_PROMPTS}
            onClick={add}
          >
            <Icon name="plus" size={14} />
            {t('settings.addPrompt')}
          </button>
          <button
            type="button"
            className="button"
            disabled={prompts === null && draft === null}
            onClick={() => {
              setDraft(null);
              update({ journal: { prompts: null } }).catch(notifyError);
            }}
          >
            <Icon name="restore" size={14} />
            {t('settings.resetPrompts')}
          </button>
        </div>
        <p id={ids.help} className="settings-help">
          {t('settings.promptsHelp', { max: MAX_PROMPTS })}
        </p>
      </fieldset>

      <div className="settings-field">
        <label className="settings-label" htmlFor={ids.firstDay}>
          {t('settings.firstDay')}
        </label>
        <select
          id={ids.firstDay}
          className="input select"
          value={firstDayOfWeek ?? ''}
          onChange={(event) =>
            update({
              journal: { firstDayOfWeek: event.target.value ? Number(event.target.value) : null },
            }).catch(notifyError)
          }
        >
          <option value="">
            {t('settings.firstDayLocale', { day: weekdayName(localeFirstDay, language) })}
          </option>
          {weekdayOrder(1).map((weekday) => (
            <option key={weekday} value={weekday}>
              {weekdayName(weekday, language)}
            </option>
          ))}
        </select>
        <p className="settings-help">{t('settings.firstDayHelp')}</p>
      </div>
    </div>
  );
}
