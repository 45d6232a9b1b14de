import type { ReactNode } from 'react';

export interface PackListRowProps {
  title: ReactNode;
  detail?: ReactNode;
  /** The button's text, and its accessible name (which says what it acts on). */
  action: { label: string; name: string; run(): void };
}

/** A row of a pack list with a title, a detail line and one small button acting on the row. */
export function PackListRow({ title, detail, action }: PackListRowProps) {
  return (
    <li className="pack-list-item pack-row">
      <span className="pack-row-text">
        <span className="pack-item-title">{title}</span>
        {detail !== undefined && <span className="pack-item-detail">{detail}</span>}
      </span>
      <button
        type="button"
        className="button button-small"
        aria-label={action.name}
        onClick={action.run}
      >
        {action.label}
      </button>
    </li>
  );
}
