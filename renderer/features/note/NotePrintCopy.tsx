import { createPortal } from 'react-dom';
import { NotePreview } from '../preview/NotePreview';

export interface NotePrintCopyProps {
  path: string;
  title: string;
  markdown: string;
}

const noop = () => undefined;
/** The note's markdown starts with a level-1 heading: the copy does not repeat the title. */
const startsWithHeading = (markdown: string) => /^\s*#\s+\S/.test(markdown);

/**
 * What prints of an open note: its title and its rendered text, outside the app's layout (a
 * child of `<body>`, so none of the window's fixed heights or scrolling panes cut it). Hidden on
 * screen; the print styles (app.css) show it alone.
 */
export function NotePrintCopy({ path, title, markdown }: NotePrintCopyProps) {
  return createPortal(
    <article className="print-copy">
      {!startsWithHeading(markdown) && <h1 className="print-copy-title">{title}</h1>}
      <NotePreview
        markdown={markdown}
        path={path}
        onOpenNote={noop}
        onCreateNote={noop}
        onOpenTag={noop}
      />
    </article>,
    document.body,
  );
}
