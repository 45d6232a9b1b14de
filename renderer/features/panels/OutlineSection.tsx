import { useTranslation } from 'react-i18next';
import { useActiveNote } from '../../state/activeNote';
import type { RightPanelSectionProps } from '../../services/extensionPoints';

/** The headings of the open note as it is in the editor; a click scrolls there. */
export function OutlineSection({ path }: RightPanelSectionProps) {
  const { t } = useTranslation('app');
  const active = useActiveNote();
  const headings = active?.path === path ? active.headings : [];
  if (headings.length === 0) return <p className="panel-empty">{t('panel.noHeadings')}</p>;
  const top = Math.min(...headings.map((h) => h.level));
  return (
    <ul className="outline">
      {headings.map((heading) => (
        <li key={`${heading.line}`} style={{ paddingLeft: (heading.level - top) * 12 }}>
          <button
            type="button"
            className="panel-link outline-item"
            onClick={() => active!.reveal(heading.text)}
          >
            {heading.text}
          </button>
        </li>
      ))}
    </ul>
  );
}
