import { htmlLang, useLang } from '../../lib/i18n';
import { citationNote, rowNote } from '../../lib/local-note';

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

/** A citation's note: in Chinese for Chinese readers where the curators wrote one, else as written. */
export function CitationNoteText({ citation, className }: { citation: { note?: string; note_zh?: string }; className: string }) {
  const note = citationNote(citation, useLang());
  if (!note) return null;
  return (
    <p lang={note.lang ? htmlLang(note.lang) : undefined} className={className} data-testid="citation-note">
      {note.text}
    </p>
  );
}
