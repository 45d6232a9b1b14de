import { useTranslation } from 'react-i18next';
import { findAppCommand } from '../../../shared/commands/appCommands';
import { formatAccelerator } from '../../services/commands/accelerator';
import { isMacPlatform } from '../../services/commands/useGlobalShortcuts';

export type NoteMode = 'edit' | 'preview' | 'split';

export const NOTE_MODES: readonly NoteMode[] = ['edit', 'preview', 'split'];

const COMMAND: Record<NoteMode, string> = {
  edit: 'view.modeEdit',
  preview: 'view.modePreview',
  split: 'view.modeSplit',
};

export function isNoteMode(value: unknown): value is NoteMode {
  return typeof value === 'string' && (NOTE_MODES as readonly string[]).includes(value);
}

/** Edit / preview / side by side, as toggle buttons showing their shortcuts. */
export function ModeSwitch({ mode, onChange }: { mode: NoteMode; onChange(mode: NoteMode): void }) {
  const { t } = useTranslation('notes');
  const isMac = isMacPlatform();
  return (
    <div className="mode-switch" role="group" aria-label={t('mode.group')}>
      {NOTE_MODES.map((value) => {
        const accelerator = findAppCommand(COMMAND[value])?.accelerator;
        const shortcut = accelerator ? formatAccelerator(accelerator, isMac) : '';
        return (
          <button
            key={value}
            type="button"
            className="mode-button"
            aria-pressed={mode === value}
            aria-keyshortcuts={shortcut ? shortcut.replaceAll('Ctrl', 'Control') : undefined}
            title={shortcut ? `${t(`mode.${value}`)} (${shortcut})` : t(`mode.${value}`)}
            onClick={() => onChange(value)}
          >
            <span className={`mode-icon mode-icon-${value}`} aria-hidden="true" />
            <span className="mode-label">{t(`mode.${value}`)}</span>
          </button>
        );
      })}
    </div>
  );
}
