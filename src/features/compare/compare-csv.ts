import type { Article } from '../../schemas/article';
import type { IndicatorRow } from '../../schemas/indicator';
import type { ZoneFeature } from '../../schemas/zone';
import type { CompareGroup } from './compare-series';

/** The columns of the compare download: what was compared, and for each value its source. */
export const csvColumns = [
  'indicator',
  'indicator_zh',
  'indicator_en',
  'period',
  'unit',
  'values',
  'zone_id',
  'zone_zh',
  'zone_en',
  'rank',
  'value',
  'missing',
  'printed_value',
  'printed_unit',
  'qualifier',
  'note',
  'source_kind',
  'article_id',
  'article_headline',
  'sentence',
  'publisher',
  'title',
  'url',
  'url_status',
  'doc_no',
  'source_date',
  'source_note',
  'province_value',
  'province_unit',
  'province_period',
  'province_source',
] as const;

type Column = (typeof csvColumns)[number];
type Cells = Partial<Record<Column, string | number | null>>;

/** RFC 4180: a field with a comma, quote or line break is quoted, and quotes inside are doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// Converted and divided values drop binary noise (2100.7999999999997 → 2100.8), nothing more.
const plain = (v: number) => Number(v.toPrecision(15));

function sourceCells(row: IndicatorRow, articles: ReadonlyMap<string, Article>): Cells {
  const s = row.source;
  if (s.kind === 'article') return { source_kind: 'article', article_id: s.article_id, article_headline: articles.get(s.article_id)?.headline ?? null, sentence: s.sentence };
  return {
    source_kind: 'publisher',
    publisher: s.publisher,
    title: s.title,
    url: s.url ?? null,
    url_status: s.url_status ?? null,
    doc_no: s.doc_no ?? null,
    source_date: s.date ?? null,
    source_note: s.note ?? null,
  };
}

function provinceSource(row: IndicatorRow, articles: ReadonlyMap<string, Article>): string {
  const s = sourceCells(row, articles);
  return [s.publisher ?? s.article_headline ?? s.article_id, s.title, s.url].filter(Boolean).join(' · ');
}

/**
 * The compared figures as CSV, one line per zone and group, in the order shown. A missing value is an
 * empty cell with the reason beside it, never 0. Opens in spreadsheets as UTF-8 (byte order mark).
 */
export function compareCsv(groups: readonly CompareGroup[], zones: ReadonlyMap<string, ZoneFeature>, articles: ReadonlyMap<string, Article>): string {
  const lines = [csvColumns.join(',')];
  for (const g of groups) {
    for (const p of g.points) {
      const zone = zones.get(p.zoneId)?.properties;
      const cells: Cells = {
        indicator: g.indicator.id,
        indicator_zh: g.indicator.label_zh,
        indicator_en: g.indicator.label_en,
        period: g.period,
        unit: g.applied === 'province-share' ? '%' : g.applied === 'per-km2' ? `${g.unit}/km²` : g.unit,
        values: g.applied,
        zone_id: p.zoneId,
        zone_zh: zone?.name_zh ?? null,
        zone_en: zone?.name_en ?? null,
        rank: p.rank,
        value: p.value === null ? null : plain(p.value),
        missing: p.missing,
        ...(p.row && {
          printed_value: p.row.value,
          printed_unit: p.row.unit,
          qualifier: p.row.qualifier,
          note: p.row.note ?? null,
          ...sourceCells(p.row, articles),
        }),
        ...(p.denominator?.kind === 'province' && {
          province_value: p.denominator.row.value,
          province_unit: p.denominator.row.unit,
          province_period: p.denominator.row.period,
          province_source: provinceSource(p.denominator.row, articles),
        }),
      };
      lines.push(csvColumns.map((c) => csvField(cells[c])).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
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
