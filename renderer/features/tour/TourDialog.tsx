import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutLabel } from '../../services/commands/shortcutLabel';
import { Dialog } from '../../ui/Dialog';
import './tour.css';

/** The tour's steps, as keys of `app:tour.steps.<key>.{title,body}`, in order. */
export const TOUR_STEPS = [
  'welcome',
  'links',
  'backlinks',
  'domains',
  'templates',
  'journal',
  'search',
] as const;

/**
 * The welcome tour: a short introduction to Praxis, part of the app (its text is in the UI
 * language's catalogue), so it opens in any vault — one Praxis did not create, or after the
 * welcome note is gone. Back/Next move through the steps; Escape or Close ends it.
 */
export function TourDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('app');
  const [index, setIndex] = useState(0);
  const step = TOUR_STEPS[index]!;
  const last = index === TOUR_STEPS.length - 1;
  // Shortcuts as this platform writes them (Ctrl+J or ⌘J).
  const keys = {
    fromTemplate: shortcutLabel('note.newFromTemplate') ?? '',
    today: shortcutLabel('journal.today') ?? '',
    search: shortcutLabel('search.open') ?? '',
    switcher: shortcutLabel('go.quickSwitcher') ?? '',
    palette: shortcutLabel('view.commandPalette') ?? '',
  };
  return (
    <Dialog title={t('tour.title')} onClose={onClose} className="tour-dialog">
      <section aria-live="polite" aria-atomic="true" className="tour-step">
        <p className="tour-progress">
          {t('tour.progress', { step: index + 1, count: TOUR_STEPS.length })}
        </p>
        <h3 className="tour-step-title">{t(`tour.steps.${step}.title`)}</h3>
        <p>{t(`tour.steps.${step}.body`, keys)}</p>
      </section>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('tour.close')}
        </button>
        <button
          type="button"
          className="button"
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
        >
          {t('tour.back')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-autofocus
          onClick={() => (last ? onClose() : setIndex(index + 1))}
        >
          {last ? t('tour.finish') : t('tour.next')}
        </button>
      </div>
    </Dialog>
  );
}
