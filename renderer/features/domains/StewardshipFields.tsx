import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrontMatterPatch } from '../../../shared/api/noteSchemas';
import { daysBetween, isIsoDate } from '../../../shared/dates/calendarDate';
import { formatIsoDate } from '../../../shared/dates/formatDate';

export const STEWARD_KEY = 'steward';
export const REVIEW_BY_KEY = 'review-by';

/** A front-matter `review-by` as `YYYY-MM-DD`, or null when it is not a date. */
export function reviewByOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const date = value.trim().slice(0, 10);
  return isIsoDate(date) ? date : null;
}

/** Today on this computer's calendar, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How a review date stands against today: days overdue (> 0), due today (0), or ahead (< 0). */
export function reviewStatus(reviewBy: string, today: string): number {
  return daysBetween(reviewBy, today);
}

export interface StewardshipFieldsProps {
  frontMatter: Record<string, unknown>;
  disabled: boolean;
  onChange(patch: FrontMatterPatch): void;
}

/**
 * The steward of a solution or practice note (who keeps it true) and the date by which it must
 * be reviewed, with how that date stands today. Past it, the note is listed as needing review on
 * its domains' pages.
 */
export function StewardshipFields({ frontMatter, disabled, onChange }: StewardshipFieldsProps) {
  const { t, i18n } = useTranslation('domains');
  const stewardId = useId();
  const reviewId = useId();
  const statusId = useId();
  const steward = typeof frontMatter[STEWARD_KEY] === 'string' ? frontMatter[STEWARD_KEY] : '';
  const reviewBy = reviewByOf(frontMatter[REVIEW_BY_KEY]);
  const rawReviewBy = frontMatter[REVIEW_BY_KEY];
  const [typedSteward, setTypedSteward] = useState<string | null>(null);
  const today = localToday();
  const overdue = reviewBy === null ? null : reviewStatus(reviewBy, today);

  const [typedReviewBy, setTypedReviewBy] = useState<string | null>(null);
  const commitReviewBy = () => {
    if (typedReviewBy === null) return;
    const value = typedReviewBy;
    setTypedReviewBy(null);
    if (value === '' && rawReviewBy !== undefined) onChange({ [REVIEW_BY_KEY]: null });
    else if (isIsoDate(value) && value !== reviewBy) onChange({ [REVIEW_BY_KEY]: value });
  };

  const commitSteward = () => {
    if (typedSteward === null) return;
    const value = typedSteward.trim();
    setTypedSteward(null);
    if (value !== steward.trim()) onChange({ [STEWARD_KEY]: value === '' ? null : value });
  };

  return (
    <>
      <div className="field-row">
        <label className="field-label" htmlFor={stewardId}>
          {t('field.steward')}
        </label>
        <div className="field-control">
          <input
            id={stewardId}
            className="input field-input"
            value={typedSteward ?? steward}
            placeholder={t('field.stewardPlaceholder')}
            disabled={disabled}
            autoComplete="off"
            onChange={(event) => setTypedSteward(event.target.value)}
            onBlur={commitSteward}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                commitSteward();
              } else if (event.key === 'Escape' && typedSteward !== null) {
                event.preventDefault();
                event.stopPropagation();
                setTypedSteward(null);
              }
            }}
          />
        </div>
      </div>
      <div className="field-row">
        <label className="field-label" htmlFor={reviewId}>
          {t('field.reviewBy')}
        </label>
        <div className="field-control field-review">
          <input
            id={reviewId}
            type="date"
            className="input field-input field-date"
            value={typedReviewBy ?? reviewBy ?? ''}
            disabled={disabled}
            aria-describedby={statusId}
            // Kept here while it is typed (each digit of a year makes a valid date on its way):
            // written when the field is left or Enter pressed.
            onChange={(event) => setTypedReviewBy(event.target.value)}
            onBlur={commitReviewBy}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                commitReviewBy();
              }
            }}
          />
          <span
            id={statusId}
            className={overdue !== null && overdue > 0 ? 'field-status is-overdue' : 'field-status'}
          >
            {reviewBy === null
              ? rawReviewBy !== undefined && rawReviewBy !== null && rawReviewBy !== ''
                ? t('field.reviewByInvalid', { value: String(rawReviewBy) })
                : t('field.reviewByNone')
              : overdue! > 0
                ? t('field.overdue', { count: overdue! })
                : overdue === 0
                  ? t('field.dueToday')
                  : t('field.dueOn', {
                      date: formatIsoDate(reviewBy, i18n.language, { dateStyle: 'medium' }),
                    })}
          </span>
        </div>
      </div>
    </>
  );
}
