import type { ReactNode } from 'react';

/** The title row of a sidebar pane, with the pane's actions (icon buttons) on the right. */
export function PaneHeader({
  title,
  id,
  children,
}: {
  title: string;
  id: string;
  children?: ReactNode;
}) {
  return (
    <div className="pane-header">
      <h2 id={id} className="pane-title">
        {title}
      </h2>
      {children && <div className="pane-actions">{children}</div>}
    </div>
  );
}
