import { ApiError } from '../../../shared/api/apiError';
import type { Note } from '../../../shared/api/noteSchemas';
import type { IsoDate } from '../../../shared/dates/calendarDate';
import { journalPromptsFor } from '../../../shared/journal/journalPrompts';
import {
  JOURNAL_TYPE,
  journalEntryFolder,
  journalEntryPath,
} from '../../../shared/journal/journalPaths';
import type { JournalSettings } from '../../../shared/api/settingsMethods';
import type { NoteRepository } from '../vault/noteRepository';
import type { JournalIndex } from './journalIndex';
import { journalEntryBody } from './journalTemplates';

export interface OpenJournalDayDeps {
  repository: NoteRepository;
  journal: JournalIndex;
  settings: () => { journal: JournalSettings; locale: string | null };
}

/**
 * The entry for `date`, created from the journal template if the day has none. Race-safe without
 * a lock of its own: the repository serialises writes and refuses to create over an existing file
 * (EXISTS), in which case the entry someone else just created is opened instead.
 */
export async function openJournalDay(
  { repository, journal, settings }: OpenJournalDayDeps,
  date: IsoDate,
  locale: string | undefined,
): Promise<{ note: Note; created: boolean }> {
  const existing = journal.on(date)[0];
  if (existing !== undefined) return { note: await repository.read(existing.path), created: false };

  const current = settings();
  const language = locale ?? current.locale ?? 'en';
  const body = journalEntryBody(date, journalPromptsFor(current.journal, language), language);
  try {
    const note = await repository.create({
      folder: journalEntryFolder(date),
      name: date,
      body,
      frontMatter: { type: JOURNAL_TYPE, private: true },
    });
    return { note, created: true };
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'EXISTS')) throw error;
    return { note: await repository.read(journalEntryPath(date)), created: false };
  }
}
