import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLanguage } from '../../../shared/i18n/i18nResources';
import { noteNameOf } from '../../../shared/notes/noteFileName';
import { useApiClient } from '../../api/ApiContext';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import { useToasts } from '../../services/toasts';
import { Dialog } from '../../ui/Dialog';

/**
 * Runs `templates.restoreDefaults` (command palette, Settings › Templates): writes the default
 * templates that are missing in the language the app is shown in, then — only if the person
 * confirms — replaces the ones they have edited (their versions go to the Trash).
 */
export function RestoreTemplatesCommand() {
  const { t, i18n } = useTranslation('domains');
  const { api } = useApiClient();
  const { notify, notifyError } = useToasts();
  const [edited, setEdited] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const language = pickLanguage(i18n.language);

  const report = (written: number) =>
    notify({
      kind: 'success',
      message:
        written === 0
          ? t('templateRestore.nothing')
          : t('templateRestore.done', {
              count: written,
              language: t(`templateRestore.language_${language}`),
            }),
    });

  useCommandHandler('templates.restoreDefaults', async () => {
    try {
      const result = await api['templates.restoreDefaults']({ language });
      if (result.edited.length > 0) setEdited(result.edited);
      else report(result.created.length + result.replaced.length);
    } catch (error) {
      notifyError(error);
    }
  });

  if (edited === null) return null;
  const close = () => setEdited(null);
  const replace = async () => {
    setBusy(true);
    try {
      const result = await api['templates.restoreDefaults']({ language, replace: true });
      report(result.created.length + result.replaced.length);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      close();
    }
  };
  return (
    <Dialog title={t('templateRestore.confirmTitle')} onClose={close}>
      <p>
        {t('templateRestore.confirmBody', {
          count: edited.length,
          names: new Intl.ListFormat(i18n.language).format(edited.map(noteNameOf)),
        })}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={close}>
          {t('templateRestore.keep')}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => void replace()}
        >
          {t('templateRestore.replace')}
        </button>
      </div>
    </Dialog>
  );
}
