import { FrontMatterFields, type FrontMatterFieldsProps } from './FrontMatterFields';
import { NoteTitle, type NoteTitleProps } from './NoteTitle';

/** The note's title and its front-matter fields, at the top of whichever pane shows first. */
export function NoteHeader({
  title,
  fields,
}: {
  title: NoteTitleProps;
  fields: FrontMatterFieldsProps;
}) {
  return (
    <header className="note-header">
      <NoteTitle {...title} />
      <FrontMatterFields {...fields} />
    </header>
  );
}
