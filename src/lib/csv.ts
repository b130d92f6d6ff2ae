import type { Article } from '../schemas/article';
import type { IndicatorDefinition, IndicatorRow } from '../schemas/indicator';

export type CsvCell = string | number | null | undefined;

/** RFC 4180: a field with a comma, quote or line break is quoted, and quotes inside are doubled. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header and records as CSV text that spreadsheets open as UTF-8 (byte order mark, CRLF lines). */
export function csvText<C extends string>(columns: readonly C[], records: readonly Partial<Record<C, CsvCell>>[]): string {
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => csvField(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Where an indicator value comes from, as CSV cells: the article and its sentence, or the publisher. */
export const sourceColumns = ['source_kind', 'article_id', 'article_headline', 'article_headline_en', 'sentence', 'publisher', 'title', 'url', 'url_status', 'doc_no', 'source_date', 'source_note', 'source_note_zh'] as const;
type SourceColumn = (typeof sourceColumns)[number];

export function sourceCells(row: IndicatorRow, articles: ReadonlyMap<string, Article>): Partial<Record<SourceColumn, CsvCell>> {
  const s = row.source;
  if (s.kind === 'article') {
    const article = articles.get(s.article_id);
    return { source_kind: 'article', article_id: s.article_id, article_headline: article?.headline, article_headline_en: article?.headline_en, sentence: s.sentence };
  }
  return { source_kind: 'publisher', publisher: s.publisher, title: s.title, url: s.url, url_status: s.url_status, doc_no: s.doc_no, source_date: s.date, source_note: s.note, source_note_zh: s.note_zh };
}

/** A figure as printed, as CSV cells: its indicator (id and both labels), period, value, unit, qualifier and notes. */
export const figureColumns = ['indicator', 'indicator_zh', 'indicator_en', 'period', 'value', 'unit', 'qualifier', 'note', 'note_zh'] as const;
type FigureColumn = (typeof figureColumns)[number];

export function figureCells(row: IndicatorRow, definitions: readonly IndicatorDefinition[]): Record<FigureColumn, CsvCell> {
  const def = definitions.find((d) => d.id === row.indicator);
  return {
    indicator: row.indicator,
    indicator_zh: def?.label_zh,
    indicator_en: def?.label_en,
    period: row.period,
    value: row.value,
    unit: row.unit,
    qualifier: row.qualifier,
    note: row.note,
    note_zh: row.note_zh,
  };
}

/** Hands the text to the browser as a file download; nothing leaves the machine. */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
