import type { ReactNode } from 'react';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { useNavigation } from '../../services/navigation';
import { Icon } from '../../ui/Icon';

/** Notes by title, each opening the note, with a line of detail after it (type, date…). */
export function NoteLinkList({
  notes,
  className,
}: {
  notes: readonly { note: NoteSummary; detail: ReactNode }[];
  /** Extra class beside `domain-note-list`. */
  className?: string;
}) {
  const { navigate } = useNavigation();
  return (
    <ul className={className === undefined ? 'domain-note-list' : `domain-note-list ${className}`}>
      {notes.map(({ note, detail }) => (
        <li key={note.path}>
          <button
            type="button"
            className="link-button"
            title={note.path}
            onClick={() => navigate({ view: 'note', path: note.path })}
          >
            <Icon name="file" size={14} />
            <span>{note.title}</span>
          </button>
          <span className="domain-note-detail">{detail}</span>
        </li>
      ))}
    </ul>
  );
}
