import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan, ImportRecord } from '../../../../shared/api/packsMethods';
import { useToasts } from '../../../services/toasts';
import { Dialog } from '../../../ui/Dialog';
import { FormActions } from '../../../ui/FormActions';
import { PackSignature } from './PackSignature';
import { PlanNoteList } from './PlanNoteList';
import { usePackImportFlow } from './usePackImportFlow';
import './packImport.css';

export interface PackImportDialogProps {
  /** Finds the path the core reads the pack at (see PackFileSource). */
  locate(): Promise<string>;
  onClose(): void;
  /** The import was applied (the toast offers to undo it). */
  onImported(record: ImportRecord): void;
}

/**
 * Importing a knowledge pack: who signed it, what it would change note by note, and nothing
 * written until the user presses Import. Cancel (or Escape) forgets the plan.
 */
export function PackImportDialog({ locate, onClose, onImported }: PackImportDialogProps) {
  const { t } = useTranslation('packs');
  const flow = usePackImportFlow(locate);
  const { state } = flow;
  const close = () => {
    flow.discard();
    onClose();
  };

  if (state.stage === 'ready' && state.plan.signature.status !== 'invalid')
    return (
      <PlanScreen
        plan={state.plan}
        replanned={state.replanned}
        onTrust={flow.trustPublisher}
        onApply={async () => {
          const record = await flow.apply();
          if (record) {
            onImported(record);
            onClose();
          }
        }}
        onCancel={close}
      />
    );

  const refused = state.stage === 'refused' || state.stage === 'ready';
  return (
    <Dialog
      title={refused ? t('import.refusedTitle') : t('import.heading')}
      onClose={close}
      className="pack-import-dialog"
    >
      {state.stage === 'reading' && <p role="status">{t('import.reading')}</p>}
      {state.stage === 'planning' && <p role="status">{t('import.planning')}</p>}
      {refused && (
        <div className="pack-refused" role="alert">
          <p>
            <strong>{t('status.invalid')}</strong>
          </p>
          <p>
            {state.stage === 'refused' && state.problem
              ? t(`problems.${state.problem.reason}`)
              : state.stage === 'refused'
                ? state.message
                : t('problems.signature-invalid')}
          </p>
          {state.stage === 'refused' && state.problem?.entry && (
            <p>{t('import.refusedEntry', { entry: state.problem.entry })}</p>
          )}
          {state.stage === 'refused' && state.problem && (
            <p className="pack-refused-detail">{state.problem.message}</p>
          )}
          <p>{t('import.refusedHelp')}</p>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close}>
          {refused ? t('import.close') : t('import.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

function PlanScreen({
  plan,
  replanned,
  onTrust,
  onApply,
  onCancel,
}: {
  plan: ImportPlan;
  replanned: boolean;
  onTrust(): Promise<unknown>;
  onApply(): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation('packs');
  const { notifyError } = useToasts();
  const [applying, setApplying] = useState(false);
  const planHeading = useId();
  const removedHeading = useId();
  const { pack, publisher, counts } = plan;
  const attachmentCounts = { new: 0, update: 0, conflict: 0, unchanged: 0 };
  for (const a of plan.attachments) attachmentCounts[a.status]++;
  const changes =
    counts.new +
    counts.update +
    counts.conflict +
    attachmentCounts.new +
    attachmentCounts.update +
    attachmentCounts.conflict;

  const apply = async () => {
    setApplying(true);
    try {
      await onApply();
    } catch (error) {
      notifyError(error);
    }
    setApplying(false);
  };

  return (
    <Dialog
      title={t('import.title', { title: pack.title, version: pack.version })}
      onClose={onCancel}
      className="pack-import-dialog"
    >
      <div className="pack-summary">
        <p>
          {publisher.person
            ? t('import.publisherPerson', {
                department: publisher.department,
                person: publisher.person,
              })
            : t('import.publisher', { department: publisher.department })}
        </p>
        {pack.description && <p className="pack-description">{pack.description}</p>}
        <p>
          {plan.previousVersion
            ? t('import.previousVersion', { version: plan.previousVersion })
            : t('import.firstImport')}
        </p>
      </div>
      <PackSignature plan={plan} onTrust={onTrust} />
      <section className="pack-plan" aria-labelledby={planHeading}>
        <h3 id={planHeading} className="pack-import-heading">
          {t('import.changesHeading')}
        </h3>
        {replanned && (
          <p className="pack-replanned" role="status">
            {t('import.replanned')}
          </p>
        )}
        <p>{t('import.counts', counts)}</p>
        {plan.attachments.length > 0 && <p>{t('import.attachments', attachmentCounts)}</p>}
        <PlanNoteList notes={plan.notes} />
        {plan.removedFromPack.length > 0 && (
          <section className="plan-removed" aria-labelledby={removedHeading}>
            <h4 id={removedHeading} className="pack-import-heading">
              {t('import.removedHeading')}
            </h4>
            <p>{t('import.removedHelp')}</p>
            <ul>
              {plan.removedFromPack.map((n) => (
                <li key={n.id}>
                  {n.title} <span className="plan-note-path">{n.path}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>
      {changes === 0 && <p>{t('import.nothingToDo')}</p>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void apply();
        }}
      >
        <FormActions
          error={null}
          cancelLabel={t('import.cancel')}
          onCancel={onCancel}
          submitLabel={applying ? t('import.applying') : t('import.apply')}
          disabled={applying || changes === 0}
        />
      </form>
    </Dialog>
  );
}
