import type { NoteToolbarItem } from '../../services/extensionPoints';
import { ModeSwitch, type NoteMode } from './ModeSwitch';
import type { NoteSession } from './noteSession';
import { SaveStatus } from './SaveStatus';

export interface NoteToolbarProps {
  session: NoteSession;
  type: string;
  /** Controls other features add to the toolbar (app/noteToolbarItems.tsx). */
  items: readonly NoteToolbarItem[];
  mode: NoteMode;
  onMode(mode: NoteMode): void;
}

/** Above the open note: its save state, the controls other features add, and the mode switch. */
export function NoteToolbar({ session, type, items, mode, onMode }: NoteToolbarProps) {
  return (
    <div className="note-toolbar">
      <SaveStatus
        state={session.state}
        error={session.error?.message ?? null}
        onRetry={() => void session.retry().catch(() => undefined)}
      />
      {items.map(({ id, Component }) => (
        <Component key={id} path={session.path} type={type} frontMatter={session.frontMatter} />
      ))}
      <ModeSwitch mode={mode} onChange={onMode} />
    </div>
  );
}
