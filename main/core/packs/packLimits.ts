/**
 * What a pack may hold before anything in it is read. Every limit is checked twice: against the
 * sizes the zip declares (a quick refusal) and against the bytes actually inflated (headers lie).
 */
export interface PackLimits {
  /** Size of the .praxispack file itself. */
  maxArchiveBytes: number;
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** One note, inflated. */
  maxNoteBytes: number;
  /** One attachment, inflated. */
  maxAttachmentBytes: number;
  /** manifest.json and signature.json, inflated. */
  maxManifestBytes: number;
  /** Every entry together, inflated. */
  maxTotalBytes: number;
  /** Inflated bytes per compressed byte, checked once an entry passes `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Characters of an entry's whole name (`notes/…`). */
  maxPathLength: number;
}

export const DEFAULT_PACK_LIMITS: Readonly<PackLimits> = Object.freeze({
  maxArchiveBytes: 2 * 1024 ** 3,
  maxEntries: 50_000,
  maxNoteBytes: 16 * 1024 ** 2,
  maxAttachmentBytes: 256 * 1024 ** 2,
  maxManifestBytes: 32 * 1024 ** 2,
  maxTotalBytes: 1024 ** 3,
  maxRatio: 100,
  ratioFloorBytes: 1024 ** 2,
  maxPathLength: 255,
});
