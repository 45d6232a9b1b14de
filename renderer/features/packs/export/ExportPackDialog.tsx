import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../../../shared/api/keysMethods';
import type {
  ExportHtmlEditionResult,
  ExportPreview,
  ExportResult,
  PackDefinitionView,
  PackSelectionInput,
} from '../../../../shared/api/packsMethods';
import { pickLanguage } from '../../../../shared/i18n/i18nResources';
import { comparePackVersions } from '../../../../shared/packs/packVersion';
import { normalizeTag } from '../../../../shared/tags/tagNames';
import { useApiClient } from '../../../api/ApiContext';
import { useNavigation } from '../../../services/navigation';
import { vaultTags } from '../../../state/vaultLookups';
import { useVault } from '../../../state/VaultContext';
import { Dialog } from '../../../ui/Dialog';
import { FormActions } from '../../../ui/FormActions';
import { FormField } from '../../../ui/FormField';
import { TokenInput } from '../../../ui/TokenInput';
import { DomainTokenField } from '../../domains/DomainTokenField';
import { errorText } from '../../refactor/apiErrors';
import { vaultFolders } from '../../templates/NewFromTemplateDialog';
import { PackListRow } from '../PackListRow';
import { ExportPreviewPanel } from './ExportPreviewPanel';
import {
  criteriaOf,
  emptyCriteria,
  formatBytes,
  isEmptyCriteria,
  normalizeFolder,
  packFileName,
  pickNotes,
  selectionOf,
  versionProblem,
  type ExportCriteria,
} from './exportWizardModel';
import { useTaskProgress } from './useTaskProgress';
import '../packs.css';

export interface ExportPackDialogProps {
  /** Domains chosen when the wizard opens (from a domain's page). */
  initialDomains?: readonly string[];
  /** The title offered for a new pack. */
  initialTitle?: string;
  onClose(): void;
}

type Step = 'choose' | 'details' | 'exporting' | 'done';
/** What the wizard writes: a pack, or the same selection as one HTML page (the HTML edition). */
type ExportFormat = 'pack' | 'html';
type Exported =
  { format: 'pack'; result: ExportResult } | { format: 'html'; result: ExportHtmlEditionResult };
const NEW_PACK = '';
const PREVIEW_DELAY_MS = 300;

/**
 * The export wizard: choose notes (by domain, tag, search, folder or by hand, optionally
 * following links one level out) while the pack's contents, size and broken links are previewed;
 * then name it, give its version and sign it; then it is written where the user chose, with its
 * progress shown, and the result names the file and offers to show it in its folder.
 */
export function ExportPackDialog({
  initialDomains = [],
  initialTitle = '',
  onClose,
}: ExportPackDialogProps) {
  const { t, i18n } = useTranslation('packs');
  const client = useApiClient();
  const { api, host } = client;
  const { notes, byPath } = useVault();
  const { navigate } = useNavigation();
  const ids = { query: useId(), pick: useId(), picks: useId(), definition: useId() };
  const [step, setStep] = useState<Step>('choose');
  const [definitions, setDefinitions] = useState<PackDefinitionView[]>([]);
  const [definitionId, setDefinitionId] = useState(NEW_PACK);
  const [criteria, setCriteria] = useState<ExportCriteria>({
    ...emptyCriteria,
    domains: [...initialDomains],
  });
  const [pick, setPick] = useState('');
  const [previewed, setPreviewed] = useState<{
    key: string | null;
    preview: ExportPreview | null;
    error: string | null;
  }>({ key: null, preview: null, error: null });
  const [identity, setIdentity] = useState<Identity | null | undefined>(undefined);
  const [title, setTitle] = useState(initialTitle);
  const [description, setDescription] = useState('');
  const [version, setVersion] = useState('1.0.0');
  const [sign, setSign] = useState(true);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [versionError, setVersionError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [format, setFormat] = useState<ExportFormat>('pack');
  const [exported, setExported] = useState<Exported | null>(null);
  const result = exported?.result ?? null;
  const progress = useTaskProgress('packs.export', step === 'exporting');
  const doneRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  const definition = definitions.find((d) => d.id === definitionId) ?? null;
  const folders = useMemo(() => vaultFolders(byPath.keys()), [byPath]);
  const tags = useMemo(() => vaultTags(notes), [notes]);

  useEffect(() => {
    let live = true;
    api['packs.definitions']({}).then(
      (list) => live && setDefinitions(list),
      () => undefined,
    );
    api['keys.identity']({}).then(
      (found) => {
        if (!live) return;
        setIdentity(found);
        setSign(found !== null);
      },
      () => live && setIdentity(null),
    );
    return () => {
      live = false;
    };
  }, [api]);

  // The preview follows the criteria, a moment after the last change; it is shown only for
  // the criteria it was made for.
  const selectionKey = isEmptyCriteria(criteria) ? null : JSON.stringify(selectionOf(criteria));
  useEffect(() => {
    if (selectionKey === null) return;
    let live = true;
    const timer = setTimeout(() => {
      api['packs.preview']({ selection: JSON.parse(selectionKey) as PackSelectionInput }).then(
        (preview) => live && setPreviewed({ key: selectionKey, preview, error: null }),
        (error: unknown) =>
          live &&
          setPreviewed({
            key: selectionKey,
            preview: null,
            error: errorText(error, t('export.preview.failed')),
          }),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, selectionKey, t]);
  const current = previewed.key === selectionKey ? previewed : null;
  const preview = current?.preview ?? null;
  const previewError = current?.error ?? null;
  const pending = selectionKey !== null && current === null;

  useEffect(() => {
    // Each step starts where its work is: the title, then the result.
    if (step === 'details') titleRef.current?.focus();
    if (step === 'done') doneRef.current?.focus();
  }, [step]);

  const update = (patch: Partial<ExportCriteria>) => setCriteria((c) => ({ ...c, ...patch }));

  const chooseDefinition = (id: string) => {
    setDefinitionId(id);
    const chosen = definitions.find((d) => d.id === id);
    if (chosen) {
      setCriteria(criteriaOf(chosen));
      setTitle(chosen.title);
      setDescription(chosen.description);
      setVersion(chosen.nextVersion);
    } else {
      setTitle(initialTitle);
      setDescription('');
      setVersion('1.0.0');
    }
  };

  const pickByHand = (event: FormEvent | MouseEvent) => {
    event.preventDefault();
    const text = pick.trim();
    if (text === '') return;
    const note =
      byPath.get(text) ?? notes.find((n) => n.title.toLowerCase() === text.toLowerCase());
    if (!note) {
      setFormError(t('export.choose.noSuchNote', { name: text }));
      return;
    }
    setFormError(null);
    setCriteria((c) => pickNotes(c, [note.path]));
    setPick('');
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (!preview || preview.notes.length === 0) return;
    setFormError(null);
    setStep('details');
  };

  const exportPack = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const chosenTitle = title.trim();
    const titleProblem = chosenTitle === '' ? t('export.details.titleRequired') : null;
    // An HTML edition may show the version already published; a pack must be a newer one.
    const problem = versionProblem(
      version.trim(),
      format === 'html' ? null : (definition?.lastVersion ?? null),
      comparePackVersions,
    );
    const versionText =
      problem === 'format'
        ? t('export.details.versionFormat')
        : problem === 'notNewer'
          ? t('export.details.versionNotNewer', { last: definition?.lastVersion })
          : null;
    setTitleError(titleProblem);
    setVersionError(versionText);
    if (titleProblem || versionText) return;
    let out: string | null;
    try {
      out = await host['host.chooseSavePath']({
        kind: format === 'html' ? 'htmlEdition' : 'pack',
        // The host gives the name its kind's extension.
        suggestedName:
          format === 'html'
            ? `${chosenTitle}-${version.trim()}`
            : packFileName(chosenTitle, version.trim()),
      });
    } catch (error) {
      setFormError(errorText(error, t('export.failed')));
      return;
    }
    if (out === null) return;
    setStep('exporting');
    try {
      const args = {
        definitionId: definition?.id ?? null,
        title: chosenTitle,
        description,
        domains: criteria.domains,
        version: version.trim(),
        selection: selectionOf(criteria),
        sign: sign && identity !== null,
        out,
      };
      setExported(
        format === 'html'
          ? {
              format,
              result: await api['packs.exportHtml']({
                ...args,
                language: pickLanguage(i18n.language),
              }),
            }
          : { format, result: await api['packs.export'](args) },
      );
      setStep('done');
    } catch (error) {
      setFormError(errorText(error, t('export.failed')));
      setStep('details');
    }
  };

  const showInFolder = async () => {
    if (!result) return;
    const shown = await host['host.showInFolder']({ path: result.file }).catch(() => false);
    if (!shown) setFormError(t('export.done.cannotShow'));
  };

  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const fileName = result
    ? result.file.slice(result.file.replace(/\\/g, '/').lastIndexOf('/') + 1)
    : '';

  return (
    <Dialog title={t('export.title')} onClose={onClose} className="pack-dialog">
      {step === 'choose' && (
        <form className="pack-form" onSubmit={next} noValidate>
          <p className="pack-step">{t('export.stepOf', { step: 1, count: 2 })}</p>
          {definitions.length > 0 && (
            <FormField id={ids.definition} label={t('export.choose.definition')} error={null}>
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={definitionId}
                  onChange={(event) => chooseDefinition(event.target.value)}
                >
                  <option value={NEW_PACK}>{t('export.choose.newPack')}</option>
                  {definitions.map((d) => (
                    <option key={d.id} value={d.id}>
                      {t('export.choose.again', { title: d.title, version: d.nextVersion })}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
          <fieldset className="pack-criteria">
            <legend>{t('export.choose.legend')}</legend>
            <DomainTokenField
              label={t('export.choose.domains')}
              placeholder={t('export.choose.addDomain')}
              values={criteria.domains}
              onChange={(domains) => update({ domains })}
            />
            <TokenInput
              label={t('export.choose.tags')}
              placeholder={t('export.choose.addTag')}
              values={criteria.tags}
              suggestions={tags}
              normalize={normalizeTag}
              onChange={(next) => update({ tags: next })}
            />
            <FormField id={ids.query} label={t('export.choose.query')} error={null}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="search"
                  value={criteria.query}
                  placeholder={t('export.choose.queryPlaceholder')}
                  onChange={(event) => update({ query: event.target.value })}
                />
              )}
            </FormField>
            <TokenInput
              label={t('export.choose.folders')}
              placeholder={t('export.choose.addFolder')}
              values={criteria.folders}
              suggestions={folders}
              normalize={normalizeFolder}
              onChange={(next) => update({ folders: next })}
            />
            <div className="pack-pick">
              <FormField id={ids.pick} label={t('export.choose.pick')} error={null}>
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    list={ids.picks}
                    value={pick}
                    placeholder={t('export.choose.pickPlaceholder')}
                    onChange={(event) => setPick(event.target.value)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') pickByHand(event);
                    }}
                  />
                )}
              </FormField>
              <datalist id={ids.picks}>
                {notes.map((n) => (
                  <option key={n.path} value={n.path}>
                    {n.title}
                  </option>
                ))}
              </datalist>
              <button type="button" className="button" onClick={pickByHand}>
                {t('export.choose.pickAdd')}
              </button>
            </div>
            {criteria.notes.length > 0 && (
              <ul className="pack-list" aria-label={t('export.choose.picked')}>
                {criteria.notes.map((path) => (
                  <PackListRow
                    key={path}
                    title={byPath.get(path)?.title ?? path}
                    detail={path}
                    action={{
                      label: t('export.choose.remove'),
                      name: t('export.choose.unpick', { title: byPath.get(path)?.title ?? path }),
                      run: () => update({ notes: criteria.notes.filter((p) => p !== path) }),
                    }}
                  />
                ))}
              </ul>
            )}
            <label className="pack-check">
              <input
                type="checkbox"
                checked={criteria.followLinks}
                onChange={(event) => update({ followLinks: event.target.checked })}
              />
              {t('export.choose.followLinks')}
            </label>
          </fieldset>
          <ExportPreviewPanel
            preview={preview}
            pending={pending}
            error={previewError}
            onPick={(paths) => setCriteria((c) => pickNotes(c, paths))}
          />
          <FormActions
            error={formError}
            cancelLabel={t('export.cancel')}
            onCancel={onClose}
            submitLabel={t('export.next')}
            disabled={pending || !preview || preview.notes.length === 0}
          />
        </form>
      )}
      {(step === 'details' || step === 'exporting') && (
        <form className="pack-form" onSubmit={exportPack} noValidate>
          <p className="pack-step">{t('export.stepOf', { step: 2, count: 2 })}</p>
          <p className="pack-summary">
            {preview &&
              t('export.preview.summary', {
                notes: preview.notes.length,
                count: preview.notes.length,
                attachments: preview.attachments.length,
                size: size(preview.totalBytes),
              })}
          </p>
          <FormField label={t('export.details.title')} error={titleError}>
            {(control) => (
              <input
                {...control}
                className="input"
                ref={titleRef}
                value={title}
                maxLength={200}
                disabled={step === 'exporting'}
                onChange={(event) => setTitle(event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('export.details.description')} error={null}>
            {(control) => (
              <textarea
                {...control}
                className="input"
                rows={3}
                value={description}
                disabled={step === 'exporting'}
                onChange={(event) => setDescription(event.target.value)}
              />
            )}
          </FormField>
          <FormField
            label={t('export.details.version')}
            hint={
              definition
                ? t('export.details.versionHintAgain', {
                    last: definition.lastVersion,
                    next: definition.nextVersion,
                  })
                : t('export.details.versionHintNew')
            }
            error={versionError}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                value={version}
                inputMode="decimal"
                disabled={step === 'exporting'}
                onChange={(event) => setVersion(event.target.value)}
              />
            )}
          </FormField>
          <fieldset className="pack-format">
            <legend>{t('export.details.format')}</legend>
            {(['pack', 'html'] as const).map((choice) => (
              <label key={choice} className="pack-check">
                <input
                  type="radio"
                  name="pack-format"
                  value={choice}
                  checked={format === choice}
                  disabled={step === 'exporting'}
                  onChange={() => setFormat(choice)}
                />
                {choice === 'pack'
                  ? t('export.details.formatPack')
                  : t('export.details.formatHtml')}
              </label>
            ))}
          </fieldset>
          <label className="pack-check">
            <input
              type="checkbox"
              checked={sign && identity !== null}
              disabled={!identity || step === 'exporting'}
              aria-describedby="pack-sign-hint"
              onChange={(event) => setSign(event.target.checked)}
            />
            {t('export.details.sign')}
          </label>
          <p id="pack-sign-hint" className="field-hint">
            {identity
              ? t('export.details.signAs', {
                  department: identity.department,
                  words: identity.words.join(' '),
                })
              : identity === null
                ? t('export.details.noIdentity')
                : ''}
          </p>
          {identity === null && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onClose();
                navigate({ view: 'settings' });
              }}
            >
              {t('export.details.createIdentity')}
            </button>
          )}
          {step === 'exporting' && (
            <div className="pack-progress">
              <label htmlFor="pack-export-progress">{t('export.exporting')}</label>
              <progress
                id="pack-export-progress"
                max={progress?.total || 1}
                value={progress ? progress.done : undefined}
              />
            </div>
          )}
          {formError && (
            <p className="field-error" role="alert">
              {formError}
            </p>
          )}
          <div className="dialog-actions">
            <button
              type="button"
              className="button"
              disabled={step === 'exporting'}
              onClick={() => setStep('choose')}
            >
              {t('export.back')}
            </button>
            <button
              type="button"
              className="button"
              onClick={onClose}
              disabled={step === 'exporting'}
            >
              {t('export.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={step === 'exporting'}>
              {step === 'exporting' ? t('export.exporting') : t('export.submit')}
            </button>
          </div>
        </form>
      )}
      {step === 'done' && exported && (
        <div className="pack-done" ref={doneRef} tabIndex={-1} aria-labelledby="pack-done-title">
          <p id="pack-done-title" className="pack-done-title" role="status">
            {t('export.done.title', { file: fileName })}
          </p>
          {exported.format === 'html' ? (
            <>
              <p>
                {t('export.done.htmlSummary', {
                  notes: exported.result.notes,
                  count: exported.result.notes,
                  size: size(exported.result.bytes),
                })}
              </p>
              <p>{t('export.done.htmlNotVerifiable')}</p>
            </>
          ) : (
            <>
              <p>
                {t('export.done.summary', {
                  notes: exported.result.notes,
                  count: exported.result.notes,
                  attachments: exported.result.attachments,
                  size: size(exported.result.bytes),
                })}
              </p>
              <p>
                {exported.result.signed
                  ? t('export.done.signed', { department: exported.result.publisher.department })
                  : t('export.done.unsigned')}
              </p>
            </>
          )}
          {exported.result.brokenLinks > 0 && (
            <p>{t('export.done.brokenLinks', { count: exported.result.brokenLinks })}</p>
          )}
          {exported.format === 'pack' && exported.result.idsAdded.length > 0 && (
            <p>{t('export.done.idsAdded', { count: exported.result.idsAdded.length })}</p>
          )}
          <p className="pack-file">
            {t('export.done.savedIn')} <code className="pack-path">{exported.result.file}</code>
          </p>
          {formError && (
            <p className="field-error" role="alert">
              {formError}
            </p>
          )}
          <div className="dialog-actions">
            {client.edition === 'desktop' && (
              <button type="button" className="button" onClick={() => void showInFolder()}>
                {t('export.done.showInFolder')}
              </button>
            )}
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('export.done.close')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
