import { z } from 'zod';
import { defineMethod } from './defineMethod';
import {
  fingerprintSchema,
  htmlFileSchema,
  packFileSchema,
  trustedPublisherSchema,
} from './keysMethods';
import { supportedLanguages } from '../i18n/i18nResources';
import { isoDateTimeSchema, vaultPathSchema } from './noteSchemas';

/**
 * Knowledge packs: export a selection of notes as one signed file, and take packs in — verified,
 * planned, then applied in one transaction, undoable (see shared/packs/packManifest.ts for the
 * format and main/core/packs/ for how each step works).
 *
 * Long steps report progress as `task.progress` events with task `packs.export`, `packs.verify`
 * or `packs.import`. Files are chosen with the OS's dialogs outside this contract: methods take
 * absolute paths to `.praxispack` files.
 */

// ── Problems and signature status ───────────────────────────────────────────────────────────

/** Why a pack is refused; the UI words each reason (`packs:problems.<reason>`). */
export const packProblemReasonSchema = z.enum([
  /** Not a zip, truncated, or not a file at all. */
  'not-a-pack',
  /** The zip's structure is inconsistent (sizes, headers, inflating failed). */
  'damaged',
  /** An entry, or the whole pack, is larger than Praxis accepts. */
  'too-large',
  'too-many-entries',
  /** An entry inflates far more than real notes do (a zip bomb). */
  'compression-ratio',
  /** A name that could write outside the vault or is not valid on every platform. */
  'unsafe-name',
  /** A symbolic link, device or other non-regular file. */
  'not-a-regular-file',
  /** The same name twice, or two names one file system would take as one. */
  'duplicate-name',
  /** A file the format does not have (outside notes/ and attachments/). */
  'unexpected-file',
  /** Encryption or a compression method packs never use. */
  'unsupported',
  /** manifest.json is missing, not JSON, or not exactly the declared shape. */
  'manifest-invalid',
  /** A file in the zip that the manifest does not list. */
  'unlisted-file',
  /** A file the manifest lists that the zip does not hold. */
  'missing-file',
  /** A file's size or SHA-256 differs from the manifest. */
  'checksum-mismatch',
  /** A note that cannot be read (not UTF-8, unreadable or hostile front matter, wrong id). */
  'note-invalid',
  /** signature.json is malformed or does not hold for the manifest. */
  'signature-invalid',
]);
export type PackProblemReason = z.infer<typeof packProblemReasonSchema>;

export const packProblemSchema = z.object({
  reason: packProblemReasonSchema,
  /** A sentence for the user (English; UIs may word `reason` themselves). */
  message: z.string(),
  /** The entry concerned, as named in the zip, if one is. */
  entry: z.string().nullable(),
});
export type PackProblem = z.infer<typeof packProblemSchema>;

/**
 * - `trusted`: signed by a publisher this vault trusts.
 * - `unknown`: a valid signature by a key this vault does not trust (yet): compare the
 *   fingerprint, then trust it.
 * - `unsigned`: no signature; may be imported, marked as such.
 * - `invalid`: refused, always — a signature that does not hold, or contents that do not match
 *   the manifest (`problem` says what).
 */
export const signatureStatusSchema = z.enum(['trusted', 'unknown', 'unsigned', 'invalid']);
export type SignatureStatus = z.infer<typeof signatureStatusSchema>;

export const packSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  description: z.string(),
  domains: z.array(z.string()),
  licence: z.string(),
  created: isoDateTimeSchema,
});
export type PackSummary = z.infer<typeof packSummarySchema>;

export const packPublisherInfoSchema = z.object({
  department: z.string(),
  person: z.string().nullable(),
  /** The signing key's id; null when unsigned. */
  keyId: z.string().nullable(),
  /** The signing key's fingerprint, when signed. */
  fingerprint: fingerprintSchema.nullable(),
});
export type PackPublisherInfo = z.infer<typeof packPublisherInfoSchema>;

export const packVerificationSchema = z.object({
  file: z.string(),
  status: signatureStatusSchema,
  /** True when the pack may be imported (status is not `invalid`). */
  sound: z.boolean(),
  problem: packProblemSchema.nullable(),
  /** Null when the manifest itself could not be read. */
  pack: packSummarySchema.nullable(),
  publisher: packPublisherInfoSchema.nullable(),
  /** The trust record that made it `trusted`. */
  trustedAs: trustedPublisherSchema.nullable(),
  notes: z.number().int(),
  attachments: z.number().int(),
  /** Content bytes (inflated). */
  bytes: z.number().int(),
});
export type PackVerification = z.infer<typeof packVerificationSchema>;

// ── Export ──────────────────────────────────────────────────────────────────────────────────

/**
 * Which notes go into a pack: every note matching any criterion. Private notes (journal entries,
 * `private: true`) and templates are left out unless picked by hand in `notes`.
 */
export const packSelectionSchema = z
  .object({
    all: z.boolean().default(false),
    domains: z.array(z.string().min(1).max(64)).max(100).default([]),
    tags: z.array(z.string().min(1).max(200)).max(100).default([]),
    /** Search queries (the search box's language); every hit counts. */
    queries: z.array(z.string().min(1).max(1000)).max(20).default([]),
    /** Folders, with everything below them. */
    folders: z.array(vaultPathSchema).max(100).default([]),
    /** Notes picked by hand (private ones included). */
    notes: z.array(vaultPathSchema).max(20_000).default([]),
    /** Also take the notes the selected ones link to, one level out (never private ones). */
    followLinks: z.boolean().default(false),
  })
  .strict();
export type PackSelection = z.infer<typeof packSelectionSchema>;
export type PackSelectionInput = z.input<typeof packSelectionSchema>;

export const selectedViaSchema = z.enum([
  'all',
  'domain',
  'tag',
  'query',
  'folder',
  'picked',
  'linked',
]);

export const exportPreviewSchema = z.object({
  notes: z.array(
    z.object({
      path: z.string(),
      title: z.string(),
      size: z.number().int(),
      /** Why it is in: the first criterion it matched. */
      via: selectedViaSchema,
      /** A private note picked by hand. */
      private: z.boolean(),
      /** It has no stable `id` yet: exporting writes one into its front matter. */
      needsId: z.boolean(),
    }),
  ),
  /** Files the notes embed or link to, which travel with them. */
  attachments: z.array(z.object({ path: z.string(), size: z.number().int() })),
  /** Notes plus attachments, in bytes. */
  totalBytes: z.number().int(),
  /** Links from selected notes to notes left out, which will not resolve in the pack. */
  brokenLinks: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      title: z.string(),
      /** The linked note is private (it would need picking by hand). */
      private: z.boolean(),
    }),
  ),
  /** Notes the criteria matched but that stay out, and why. */
  leftOut: z.array(
    z.object({
      path: z.string(),
      title: z.string(),
      reason: z.enum(['private', 'template', 'unreadable']),
      detail: z.string().nullable(),
    }),
  ),
});
export type ExportPreview = z.infer<typeof exportPreviewSchema>;

const packTextFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  domains: z.array(z.string().min(1).max(64)).max(100).default([]),
  licence: z.string().max(200).default(''),
};

/** A pack as this vault exports it, kept in db.json so the next export is its next version. */
export const packDefinitionSchema = z.object({
  /** The pack's stable id (the same in every version). */
  id: z.string(),
  title: z.string(),
  description: z.string(),
  domains: z.array(z.string()),
  licence: z.string(),
  selection: packSelectionSchema,
  lastVersion: z.string().nullable(),
  lastExportedAt: isoDateTimeSchema.nullable(),
  /** Where the last version was written. */
  lastFile: z.string().nullable(),
});
export type PackDefinition = z.infer<typeof packDefinitionSchema>;

export const packDefinitionViewSchema = packDefinitionSchema.extend({
  /** The version suggested for the next export: minor + 1 (`1.0.0` for the first). */
  nextVersion: z.string(),
});
export type PackDefinitionView = z.infer<typeof packDefinitionViewSchema>;

export const exportPackArgsSchema = z
  .object({
    /** The definition to export again (its id and selection); null for a new pack. */
    definitionId: z.string().max(100).nullable().default(null),
    ...packTextFields,
    /** Default: the definition's next version. Must be newer than the last one exported. */
    version: z.string().max(40).nullable().default(null),
    selection: packSelectionSchema,
    /** Sign with this user's identity (keys.create first). */
    sign: z.boolean().default(true),
    /** Publisher of an unsigned pack when there is no identity (default: the vault's name). */
    department: z.string().trim().max(200).nullable().default(null),
    /** Where to write the pack (a `.praxispack` path, chosen with a save dialog). */
    out: packFileSchema,
  })
  .strict();

/**
 * The HTML edition of a pack: the same selection and text fields, written as one self-contained
 * page for readers without Praxis. It shows the version given, else the pack's last exported
 * version (else the first), and the fingerprint of this user's key when `sign` is set; it
 * changes nothing in the vault and records no version.
 */
export const exportHtmlEditionArgsSchema = exportPackArgsSchema.extend({
  /** Where to write the page (a `.html` path, chosen with a save dialog). */
  out: htmlFileSchema,
  /** The language of the page's own words (headings, search, hints). */
  language: z.enum(supportedLanguages).default('en'),
});

export const exportHtmlEditionResultSchema = z.object({
  file: z.string(),
  version: z.string(),
  title: z.string(),
  notes: z.number().int(),
  /** Images shown in the page (as `data:` URIs). */
  imagesInlined: z.number().int(),
  /** Attachments named in the page but not in it (they travel in the .praxispack). */
  attachmentsListed: z.number().int(),
  /** Size of the page, and of the notes' markdown it was made from. */
  bytes: z.number().int(),
  markdownBytes: z.number().int(),
  publisher: packPublisherInfoSchema,
  brokenLinks: z.number().int(),
});
export type ExportHtmlEditionResult = z.infer<typeof exportHtmlEditionResultSchema>;

export const exportResultSchema = z.object({
  file: z.string(),
  packId: z.string(),
  version: z.string(),
  title: z.string(),
  notes: z.number().int(),
  attachments: z.number().int(),
  /** Size of the .praxispack file. */
  bytes: z.number().int(),
  /** Notes that got a stable `id` written into their front matter. */
  idsAdded: z.array(z.string()),
  signed: z.boolean(),
  publisher: packPublisherInfoSchema,
  /** Links that do not resolve inside the pack (as in the preview). */
  brokenLinks: z.number().int(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

// ── Import ──────────────────────────────────────────────────────────────────────────────────

/**
 * - `new`: not in this vault; it is added.
 * - `unchanged`: the pack has nothing new for it (a local edit stays as it is).
 * - `update`: the pack changed it and the local copy is untouched since the last import: it is
 *   replaced.
 * - `conflict`: both changed since: the local text stays, and the pack's version is added beside
 *   it (`conflictPath`), linking to it, to merge by hand.
 */
export const importStatusSchema = z.enum(['new', 'unchanged', 'update', 'conflict']);
export type ImportStatus = z.infer<typeof importStatusSchema>;

export const planNoteSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: importStatusSchema,
  /** The note in this vault: where it is (matched by id, wherever it was moved) or will be. */
  path: z.string(),
  /** Its path in the publisher's vault. */
  packPath: z.string(),
  /** For a conflict: where the pack's version is put. */
  conflictPath: z.string().nullable(),
  /** The local copy was edited since it was imported (or never came from this pack). */
  localEdited: z.boolean(),
  /** Unified diff from the local text to the pack's, for updates and conflicts; null if too big. */
  diff: z.string().nullable(),
});
export type PlanNote = z.infer<typeof planNoteSchema>;

export const planAttachmentSchema = z.object({
  path: z.string(),
  status: importStatusSchema,
  conflictPath: z.string().nullable(),
  size: z.number().int(),
});
export type PlanAttachment = z.infer<typeof planAttachmentSchema>;

export const importCountsSchema = z.object({
  new: z.number().int(),
  unchanged: z.number().int(),
  update: z.number().int(),
  conflict: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importPlanSchema = z.object({
  /** For packs.apply / packs.discardPlan; the plan is kept until then (or for an hour). */
  planId: z.string(),
  file: z.string(),
  pack: packSummarySchema,
  publisher: packPublisherInfoSchema,
  signature: z.object({ status: signatureStatusSchema }),
  trustedAs: trustedPublisherSchema.nullable(),
  /** The version of this pack imported last, if any. */
  previousVersion: z.string().nullable(),
  notes: z.array(planNoteSchema),
  attachments: z.array(planAttachmentSchema),
  /** Notes that came from an earlier version and are no longer in the pack: they are kept. */
  removedFromPack: z.array(
    z.object({ id: z.string(), path: z.string(), title: z.string(), localEdited: z.boolean() }),
  ),
  counts: importCountsSchema,
});
export type ImportPlan = z.infer<typeof importPlanSchema>;

/** An import as recorded in db.json (`packImports`), newest first. */
export const importRecordSchema = z.object({
  id: z.string(),
  packId: z.string(),
  version: z.string(),
  title: z.string(),
  publisher: z.object({
    department: z.string(),
    person: z.string().nullable(),
    keyId: z.string().nullable(),
  }),
  signature: signatureStatusSchema,
  importedAt: isoDateTimeSchema,
  /** The pack's file name. */
  file: z.string(),
  counts: importCountsSchema,
  /** Files the import wrote (notes, conflict copies, attachments). */
  written: z.array(z.string()),
  undoneAt: isoDateTimeSchema.nullable(),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

const planIdArg = z.object({ planId: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict();

export const packsMethods = {
  /** What an export of `selection` would hold, changing nothing (the wizard's list). */
  'packs.preview': defineMethod(
    z.object({ selection: packSelectionSchema }).strict(),
    exportPreviewSchema,
  ),
  /** The packs this vault exports, with the next version suggested for each. */
  'packs.definitions': defineMethod(z.object({}).strict(), z.array(packDefinitionViewSchema)),
  /**
   * Writes the pack: notes without a stable `id` get one first (one atomic change to the vault),
   * then the zip is written beside `out` and renamed into place. Progress: `packs.export`.
   */
  'packs.export': defineMethod(exportPackArgsSchema, exportResultSchema),
  /** Writes the selection as one self-contained HTML page (the HTML edition). */
  'packs.exportHtml': defineMethod(exportHtmlEditionArgsSchema, exportHtmlEditionResultSchema),
  /** Checks a pack completely (limits, names, checksums, signature), writing nothing. */
  'packs.verify': defineMethod(z.object({ file: packFileSchema }).strict(), packVerificationSchema),
  /**
   * Verifies a pack and plans its import, writing nothing to the notes: INVALID (data:
   * PackProblem) when the pack is refused. Progress: `packs.verify`.
   */
  'packs.plan': defineMethod(z.object({ file: packFileSchema }).strict(), importPlanSchema),
  /**
   * Applies a plan in one transaction (all or nothing, rolled back after a crash). CONFLICT and
   * nothing written when a note it touches changed since it was planned: plan again.
   */
  'packs.apply': defineMethod(planIdArg, importRecordSchema),
  /** Forgets a plan and deletes its staged files. */
  'packs.discardPlan': defineMethod(planIdArg, z.object({})),
  /** The vault's recorded imports, newest first. */
  'packs.imports': defineMethod(z.object({}).strict(), z.array(importRecordSchema)),
  /**
   * Undoes the last import that stands: every file it wrote is put back byte for byte (or
   * removed), in one transaction. CONFLICT (data: { paths }) and nothing changed when one of them
   * was edited since.
   */
  'packs.undoImport': defineMethod(z.object({}).strict(), importRecordSchema),
};
