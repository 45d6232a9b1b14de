import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListedNote } from '../../../shared/notes/listedNote';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { useRecentNotes } from '../../services/recentNotes';
import { useToasts } from '../../services/toasts';
import { useVault } from '../../state/VaultContext';
import { Highlighted } from '../../ui/Highlighted';
import { Icon } from '../../ui/Icon';
import { Picker } from '../../ui/Picker';
import { noteIndexFor, rankNotes, type RankedNote } from './rankNotes';
import './switcher.css';

type Item =
  | { kind: 'note'; ranked: RankedNote }
  | { kind: 'create'; name: string }
  | { kind: 'search'; query: string };

/** Splits a typed name into the folder and file name `notes.create` expects. */
function splitNewNotePath(typed: string): { folder: string; name: string } {
  const parts = typed
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  const name = (parts.pop() ?? '').replace(/\.md$/i, '');
  return { folder: parts.join('/'), name };
}

const PREPARE_DELAY_MS = 1500;

/**
 * Prepares the quick switcher's index in the background once the notes stop changing (autosave
 * changes them every few seconds while typing), so that Ctrl+O opens at once in a big vault.
 */
export function usePreparedNoteIndex(): void {
  const { listed, loaded } = useVault();
  useEffect(() => {
    if (!loaded) return;
    const timer = setTimeout(() => noteIndexFor(listed), PREPARE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [listed, loaded]);
}

/**
 * Ctrl/Cmd+O: jump to a note by typing part of its title, an alias or its folder (fuzzy). Enter
 * opens; Shift+Enter (or the last row) creates a note with the typed name. Fast at 10,000 notes:
 * the notes are prepared once per change of the vault, and only the best 50 are shown.
 */
export function QuickSwitcher({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('app');
  const { api } = useApiClient();
  // Every note, those main has not read yet by file name: the switcher finds any at once.
  const { listed: notes } = useVault();
  const recent = useRecentNotes();
  const { navigate } = useNavigation();
  const { notifyError } = useToasts();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const index = useMemo(() => noteIndexFor(notes), [notes]);

  const items = useMemo<Item[]>(() => {
    const ranked = rankNotes(index, deferredQuery, recent).map((r): Item => ({
      kind: 'note',
      ranked: r,
    }));
    const typed = deferredQuery.trim();
    const exact = notes.some((n) => n.title.toLocaleLowerCase() === typed.toLocaleLowerCase());
    if (!typed) return ranked;
    // The full-text search (the same engine as the search view) for what the titles do not hold.
    const search: Item = { kind: 'search', query: typed };
    return exact ? [...ranked, search] : [...ranked, search, { kind: 'create', name: typed }];
  }, [index, deferredQuery, recent, notes]);

  const open = (note: ListedNote) => {
    onClose();
    navigate({ view: 'note', path: note.path });
  };

  const create = async (typed: string) => {
    onClose();
    const { folder, name } = splitNewNotePath(typed);
    try {
      const note = await api['notes.create']({ folder, name });
      navigate({ view: 'note', path: note.path });
    } catch (error) {
      notifyError(error);
    }
  };

  const noteCount = items.filter((i) => i.kind === 'note').length;
  return (
    <Picker<Item>
      title={t('switcher.title')}
      inputLabel={t('switcher.inputLabel')}
      placeholder={t('switcher.placeholder')}
      query={query}
      onQueryChange={setQuery}
      items={items}
      pending={query !== deferredQuery}
      itemKey={(item) => (item.kind === 'note' ? item.ranked.note.path : `${item.kind}:`)}
      onPick={(item, { shift }) => {
        if (shift && query.trim()) void create(query.trim());
        else if (item.kind === 'note') open(item.ranked.note);
        else if (item.kind === 'search') {
          onClose();
          navigate({ view: 'search', query: item.query });
        } else void create(item.name);
      }}
      onClose={onClose}
      emptyText={notes.length === 0 ? t('switcher.noNotes') : t('switcher.noMatch')}
      resultsText={t('switcher.results', { count: noteCount })}
      renderItem={(item) =>
        item.kind === 'search' ? (
          <span className="picker-row">
            <Icon name="search" size={14} />
            <span className="picker-row-title">
              {t('switcher.searchNotes', { query: item.query })}
            </span>
          </span>
        ) : item.kind === 'create' ? (
          <span className="picker-row">
            <Icon name="plus" size={14} />
            <span className="picker-row-title">{t('switcher.create', { name: item.name })}</span>
            <kbd className="shortcut">{t('switcher.createKey')}</kbd>
          </span>
        ) : (
          <span className="picker-row">
            <Icon name="file" size={14} />
            <span className="picker-row-text">
              <span className="picker-row-title">
                <Highlighted text={item.ranked.note.title} matches={item.ranked.titleMatches} />
                {item.ranked.alias && (
                  <span className="picker-row-alias">
                    {t('switcher.alias', { alias: item.ranked.alias })}
                  </span>
                )}
              </span>
              <span className="picker-row-detail">{item.ranked.note.path}</span>
            </span>
          </span>
        )
      }
      footer={
        <>
          <span>{t('switcher.hintNavigate')}</span>
          <span>{t('switcher.hintOpen')}</span>
          <span>{t('switcher.hintCreate')}</span>
          <span>{t('switcher.hintClose')}</span>
        </>
      }
    />
  );
}
