import { htmlLang, useLang } from '../../lib/i18n';
import { rowNote } from '../../lib/local-note';

/** An indicator row's note in the reader's language, marked with `lang` (it may fall back to the other). */
export function RowNoteText({ row, className }: { row: { note?: string; note_zh?: string }; className: string }) {
  const note = rowNote(row, useLang());
  if (!note) return null;
  return (
    <span lang={htmlLang(note.lang)} className={className} data-testid="row-note">
      {note.text}
    </span>
  );
}
