import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxEntry, PackInbox } from '../../../../shared/api/packInboxMethods';
import { useApiClient } from '../../../api/ApiContext';
import { useDateFormat } from '../../../services/useDateFormat';
import { useToasts } from '../../../services/toasts';
import { FormField } from '../../../ui/FormField';
import { errorText } from '../../refactor/apiErrors';
import { PackImportDialog } from '../import/PackImportDialog';
import { PackListRow } from '../PackListRow';
import { usePackInbox } from './usePackInbox';
import '../packs.css';

/** How often the folders are looked at again, offered in the select (seconds). */
const POLL_CHOICES = [30, 60, 300, 900, 3600] as const;

/**
 * Settings › Subscribed folders: the folders (a network share, a synced folder) whose packs are
 * announced, and the inbox of what they offer — verified in the background, never imported.
 * Opening an entry shows the same import plan as any pack; nothing is taken before Import.
 */
export function PackInboxSettings() {
  const { t } = useTranslation('packs');
  const inbox = usePackInbox();
  const [opened, setOpened] = useState<{ key: number; file: string } | null>(null);
  const { notify } = useToasts();
  const data = inbox.data;
  return (
    <div className="settings-fields">
      <p className="settings-help">{t('inbox.intro')}</p>
      {data && <SubscribedFolders inbox={data} onChanged={inbox.reload} />}
      {data && data.folders.length > 0 && (
        <InboxList
          inbox={data}
          onOpen={(entry) => setOpened({ key: Date.now(), file: entry.file })}
        />
      )}
      {opened && (
        <PackImportDialog
          key={opened.key}
          locate={async () => opened.file}
          onClose={() => setOpened(null)}
          onImported={(record) =>
            notify({
              kind: 'success',
              message: t('import.done', {
                title: record.title,
                version: record.version,
                ...record.counts,
              }),
            })
          }
        />
      )}
    </div>
  );
}

function SubscribedFolders({ inbox, onChanged }: { inbox: PackInbox; onChanged(): void }) {
  const { t } = useTranslation('packs');
  const { api } = useApiClient();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const folders = inbox.folders.map((f) => f.path);

  const save = async (next: string[], pollSeconds?: number) => {
    setError(null);
    setBusy(true);
    try {
      await api['packs.inbox.folders.set']({ folders: next, pollSeconds });
      onChanged();
      return true;
    } catch (failure) {
      setError(errorText(failure, t('inbox.failed')));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const folder = path.trim();
    if (folder === '') return setError(t('inbox.pathRequired'));
    if (await save([...folders, folder])) setPath('');
  };

  return (
    <section className="pack-form" aria-labelledby="inbox-folders-title">
      <h3 id="inbox-folders-title" className="pack-section-title">
        {t('inbox.foldersTitle')}
      </h3>
      {folders.length === 0 ? (
        <p>{t('inbox.noFolders')}</p>
      ) : (
        <ul className="pack-list" aria-labelledby="inbox-folders-title">
          {inbox.folders.map((folder) => (
            <PackListRow
              key={folder.path}
              title={<span className="pack-path">{folder.path}</span>}
              detail={t(`inbox.folderStatus.${folder.status}`, { count: folder.packs })}
              action={{
                label: t('inbox.unsubscribe'),
                name: t('inbox.unsubscribeOne', { path: folder.path }),
                run: () => void save(folders.filter((f) => f !== folder.path)),
              }}
            />
          ))}
        </ul>
      )}
      <form className="pack-pick" onSubmit={(event) => void add(event)} noValidate>
        <FormField label={t('inbox.path')} hint={t('inbox.pathHint')} error={null}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={path}
              spellCheck={false}
              onChange={(event) => setPath(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={busy}>
          {t('inbox.subscribe')}
        </button>
      </form>
      {folders.length > 0 && (
        <label className="pack-check">
          {t('inbox.poll')}{' '}
          <select
            className="input"
            value={inbox.pollSeconds}
            onChange={(event) => void save(folders, Number(event.target.value))}
          >
            {[...new Set([...POLL_CHOICES, inbox.pollSeconds])].map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds < 60
                  ? t('inbox.seconds', { count: seconds })
                  : t('inbox.minutes', { count: Math.round(seconds / 60) })}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function InboxList({ inbox, onOpen }: { inbox: PackInbox; onOpen(entry: InboxEntry): void }) {
  const { t } = useTranslation('packs');
  const { api } = useApiClient();
  const dates = useDateFormat();
  const [checking, setChecking] = useState(false);
  const refresh = async () => {
    setChecking(true);
    await api['packs.inbox.refresh']({}).catch(() => undefined);
    setChecking(false);
  };
  return (
    <section className="pack-form" aria-labelledby="inbox-list-title">
      <h3 id="inbox-list-title" className="pack-section-title">
        {t('inbox.listTitle')}
      </h3>
      <p className="field-hint" role="status">
        {checking
          ? t('inbox.checking')
          : inbox.checkedAt
            ? t('inbox.checkedAt', { date: dates.dateTime(inbox.checkedAt), count: inbox.offering })
            : t('inbox.checking')}
      </p>
      {inbox.entries.length === 0 ? (
        <p>{t('inbox.empty')}</p>
      ) : (
        <ul className="pack-list" aria-labelledby="inbox-list-title">
          {inbox.entries.map((entry) => (
            <InboxRow key={entry.file} entry={entry} onOpen={onOpen} />
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="button" disabled={checking} onClick={() => void refresh()}>
          {t('inbox.checkNow')}
        </button>
      </div>
    </section>
  );
}

function InboxRow({ entry, onOpen }: { entry: InboxEntry; onOpen(entry: InboxEntry): void }) {
  const { t } = useTranslation('packs');
  const title = entry.pack
    ? t('inbox.entryTitle', { title: entry.pack.title, version: entry.pack.version })
    : entry.name;
  const openable = !['checking', 'incomplete'].includes(entry.state);
  const lines: string[] = [t(`inbox.state.${entry.state}`, { version: entry.importedVersion })];
  if (entry.publisher && entry.signature)
    lines.push(
      t(`inbox.trust.${entry.signature}`, {
        department: entry.publisher.department,
      }),
    );
  if (entry.changes && (entry.state === 'new' || entry.state === 'update'))
    lines.push(
      t('inbox.changes', {
        new: entry.changes.notes.new,
        update: entry.changes.notes.update,
        conflict: entry.changes.notes.conflict,
        unchanged: entry.changes.notes.unchanged,
        attachments: entry.changes.attachments,
      }),
    );
  if (entry.problem && ['tampered', 'refused', 'damaged'].includes(entry.state))
    lines.push(t(`problems.${entry.problem.reason}`));
  const detail = (
    <>
      {lines.map((line, index) => (
        <span key={index} className="pack-inbox-line">
          {line}
        </span>
      ))}
      <span className="pack-inbox-line pack-path">{entry.name}</span>
    </>
  );
  if (!openable)
    return (
      <li className="pack-list-item pack-row">
        <span className="pack-row-text">
          <span className="pack-item-title">{title}</span>
          <span className="pack-item-detail">{detail}</span>
        </span>
      </li>
    );
  return (
    <PackListRow
      title={
        <>
          {title}
          {(entry.state === 'new' || entry.state === 'update') && (
            <span className="count-badge pack-inbox-flag">{t(`inbox.flag.${entry.state}`)}</span>
          )}
        </>
      }
      detail={detail}
      action={{
        label: t('inbox.open'),
        name: t('inbox.openOne', { title }),
        run: () => onOpen(entry),
      }}
    />
  );
}
