import type { HistoryCause } from '../../../shared/api/historyMethods';

/**
 * What the note repository tells the history (main/core/history/noteHistory.ts) so that a note's
 * text is kept before anything replaces it. Declared apart so the repository depends on this
 * small contract, not on how the history stores versions.
 */
export interface HistoryRecorder {
  /**
   * `bytes`, the text at `path`, is about to be replaced or removed for `cause`. For an `edit` the
   * history keeps it only if the note's newest version is older than the settings' interval.
   */
  keep(path: string, bytes: Uint8Array, cause: HistoryCause): Promise<void>;
  /** `keep` for many notes at once (a vault-wide change, an import): one pass, in parallel. */
  keepAll(
    notes: readonly { path: string; bytes: Uint8Array }[],
    cause: HistoryCause,
  ): Promise<void>;
  /**
   * Praxis has seen (opened or written) these bytes as the note's text: they are kept as a blob,
   * so that if another program replaces them, `outsideChange` can still keep them.
   */
  remember(bytes: Uint8Array): Promise<void>;
  /** Another program replaced the text of version `version` at `path` (the note `id`). */
  outsideChange(path: string, id: string | null, version: string): Promise<void>;
}
