import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxMentionLimit, type UnlinkedMention } from '../../../shared/api/linksMethods';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { useToasts } from '../../services/toasts';
import type { RightPanelSectionProps } from '../../services/extensionPoints';
import { useRefactorRunner } from '../refactor/useRefactorRunner';
import { SourceGroups } from './SourceGroups';

/** Saves and outside edits come in bursts; one reload after the burst is enough. */
const RELOAD_DELAY_MS = 300;

/** Mentions asked for at first, and added by each Show more. */
const PAGE = 20;

type Mentions = {
  status: 'loading' | 'ready' | 'error';
  mentions: UnlinkedMention[];
  more: boolean;
};
const LOADING: Mentions = { status: 'loading', mentions: [], more: false };

/**
 * Where other notes mention the note at `path` in plain text without linking it (the first
 * `limit`), reloaded after any other note changes (a new mention can appear anywhere) and when
 * this one is renamed or gets new aliases.
 */
function useUnlinkedMentions(path: string, limit: number): [Mentions, () => void] {
  const { api, onEvent } = useApiClient();
  const [state, setState] = useState<{ path: string; value: Mentions }>({
    path: '',
    value: LOADING,
  });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = async () => {
      try {
        const { mentions, more } = await api['links.unlinkedMentions']({ path, limit });
        if (live) setState({ path, value: { status: 'ready', mentions, more } });
      } catch {
        // NOT_FOUND while the note is renamed or deleted: nothing to show for it.
        if (live) setState({ path, value: { status: 'error', mentions: [], more: false } });
      }
    };
    void load();
    // Saving this note changes its mentions elsewhere only when its title or aliases change.
    let identity: string | null = null;
    const stop = onEvent((event) => {
      if (event.type !== 'notes.changed' && event.type !== 'vault.loaded') return;
      const summary = event.type === 'notes.changed' ? event.payload.summary : null;
      if (event.type === 'notes.changed' && event.payload.path === path && summary !== null) {
        const now = [summary.title, ...summary.aliases].join('\n');
        const same = identity === now;
        identity = now;
        if (same) return;
      }
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void load(), RELOAD_DELAY_MS);
    });
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [api, onEvent, path, limit, generation]);

  return [state.path === path ? state.value : LOADING, () => setGeneration((n) => n + 1)];
}

/**
 * Notes that name this one (title or alias) without linking it, each mention with its paragraph
 * and the words marked; Link turns the words into a link to this note, with Undo.
 */
export function UnlinkedMentionsSection({ path }: RightPanelSectionProps) {
  const { t } = useTranslation('app');
  const { api } = useApiClient();
  const { navigate } = useNavigation();
  const { notify, notifyError } = useToasts();
  const { undo } = useRefactorRunner();
  const [shown, setShown] = useState({ path, limit: PAGE });
  const limit = shown.path === path ? shown.limit : PAGE;
  const [{ status, mentions, more }, reload] = useUnlinkedMentions(path, limit);
  const [linking, setLinking] = useState<string | null>(null);

  const link = async (mention: UnlinkedMention) => {
    if (linking !== null) return;
    setLinking(`${mention.source}:${mention.start}`);
    try {
      const report = await api['links.linkMention']({
        source: mention.source,
        start: mention.start,
        end: mention.end,
        target: path,
        expectedVersion: mention.version,
      });
      const id = report.id;
      notify({
        kind: 'success',
        message: t('panel.mentionLinked', { source: mention.sourceTitle }),
        ...(id !== null && { action: { label: t('panel.undo'), run: () => void undo(id) } }),
      });
    } catch (error) {
      notifyError(error);
    } finally {
      setLinking(null);
      reload();
    }
  };

  if (status === 'ready' && mentions.length === 0)
    return <p className="panel-empty">{t('panel.noMentions')}</p>;

  return (
    <>
      <SourceGroups
        className="backlinks mentions"
        items={mentions}
        renderItem={(mention) => {
          const [from, to] = mention.highlight;
          const key = `${mention.source}:${mention.start}`;
          return (
            <li key={key} className="mention-row">
              <button
                type="button"
                className="backlink-paragraph"
                onClick={() =>
                  navigate({
                    view: 'note',
                    path: mention.source,
                    anchor: mention.text,
                    line: mention.bodyLine,
                  })
                }
              >
                {mention.paragraph.slice(0, from)}
                <mark>{mention.paragraph.slice(from, to)}</mark>
                {mention.paragraph.slice(to)}
              </button>
              <button
                type="button"
                className="button button-small mention-link"
                aria-label={t('panel.linkMention', {
                  words: mention.text,
                  source: mention.sourceTitle,
                })}
                aria-busy={linking === key}
                onClick={() => void link(mention)}
              >
                {t('panel.link')}
              </button>
            </li>
          );
        }}
      />
      {more &&
        (limit < maxMentionLimit ? (
          <button
            type="button"
            className="button button-small mentions-more"
            onClick={() => setShown({ path, limit: Math.min(maxMentionLimit, limit + PAGE) })}
          >
            {t('panel.moreMentions')}
          </button>
        ) : (
          <p className="panel-empty">{t('panel.mentionsInSearch')}</p>
        ))}
    </>
  );
}
