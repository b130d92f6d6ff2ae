import type { Lang } from './i18n';

/** A note and the language it is written in, so the page can mark it with `lang`. */
export type LocalNote = { text: string; lang: Lang };

/** The note in the reader's language, or in the other one when only that exists. */
export function localNote(versions: Partial<Record<Lang, string>>, lang: Lang): LocalNote | null {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const chosen = versions[lang] ? lang : versions[other] ? other : null;
  return chosen ? { text: versions[chosen] ?? '', lang: chosen } : null;
}

/** An indicator row's curator note (`note` in English, `note_zh` in Chinese) for the reader. */
export const rowNote = (row: { note?: string; note_zh?: string }, lang: Lang): LocalNote | null =>
  localNote({ en: row.note, zh: row.note_zh }, lang);

/**
 * A citation's note for the reader. The note quotes its source in the source's own language, so
 * only its Chinese version (`note_zh`) has a known language; the note itself is left unmarked.
 */
export function citationNote(c: { note?: string; note_zh?: string }, lang: Lang): { text: string; lang: Lang | null } | null {
  if (lang === 'zh' && c.note_zh) return { text: c.note_zh, lang: 'zh' };
  return c.note ? { text: c.note, lang: null } : null;
}

/** A fact about an article (its paper, its date) in the reader's language where the data give one. */
export const articleFact = (fact: { value: string | null; value_zh?: string; value_en?: string }, lang: Lang): string | null =>
  (lang === 'en' ? fact.value_en : fact.value_zh) ?? fact.value;
