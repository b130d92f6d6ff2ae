import { csvText, sourceCells, sourceColumns, type CsvCell } from '../../lib/csv';
import { formatPeriod, shiftDecimal } from '../../lib/format';
import type { Lang } from '../../lib/i18n';
import { convertUnit } from '../../lib/units';
import { regionsText } from './strings';
import type { Article } from '../../schemas/article';
import type { IndicatorRow, IndicatorsFile } from '../../schemas/indicator';

/** The host-province measures the regions view lists, each in one unit so a column reads down. */
export const economyColumns = [
  { indicator: 'gdp', unit: '亿元', en: { shift: -1, unit: 'billion yuan' } },
  { indicator: 'population', unit: '万人', en: { shift: -2, unit: 'million people' } },
  { indicator: 'foreign_trade', unit: '亿元', en: { shift: -1, unit: 'billion yuan' } },
] as const;
export type EconomyIndicator = (typeof economyColumns)[number]['indicator'];

export type EconomyCell = { row: IndicatorRow; value: number } | null;
export type EconomyColumn = (typeof economyColumns)[number] & { period: string | null };
export type EconomyRow = { province: string; cells: Record<EconomyIndicator, EconomyCell> };

/**
 * For each measure, the latest period any province has a figure for; each province's figure of that
 * period (moved into the column's unit by an exact decimal shift), or null when none was found: a
 * province without a sourced figure shows as missing, never as 0 or as a figure of another year.
 */
export function provinceEconomy(provinces: readonly string[], file: IndicatorsFile): { columns: EconomyColumn[]; rows: EconomyRow[] } {
  const rows = file.rows.filter((r) => r.scope === 'province');
  const columns = economyColumns.map((column): EconomyColumn => {
    const periods = rows.filter((r) => r.indicator === column.indicator && convertUnit(r.value, r.unit, column.unit) !== null).map((r) => r.period);
    return { ...column, period: periods.sort().at(-1) ?? null };
  });
  return {
    columns,
    rows: provinces.map((province) => {
      const cells = {} as Record<EconomyIndicator, EconomyCell>;
      for (const { indicator, unit, period } of columns) {
        const row = rows.find((r) => r.subject === province && r.indicator === indicator && r.period === period);
        const value = row ? convertUnit(row.value, row.unit, unit) : null;
        cells[indicator] = row && value !== null ? { row, value } : null;
      }
      return { province, cells };
    }),
  };
}

/** A column's period and unit for a caption: "2023年 · 亿元", "end of 2023 · million people". */
export function columnCaption(c: EconomyColumn, lang: Lang): string {
  const yearEnd = /^(\d{4})-12-31$/.exec(c.period ?? '');
  const period = yearEnd ? regionsText(lang, 'yearEnd', { year: yearEnd[1] ?? '' }) : c.period ? formatPeriod(c.period, lang) : '—';
  return `${period} · ${lang === 'en' ? c.en.unit : c.unit}`;
}

/** A value of the column as a reader of `lang` counts it: 亿元 for Chinese, billions for English (an exact shift). */
export const inReaderUnit = (c: EconomyColumn, value: number, lang: Lang) => (lang === 'en' ? shiftDecimal(value, c.en.shift) : value);

/** Province figures come from publishers, never from the articles. */
export const noArticles: ReadonlyMap<string, Article> = new Map();

const economyCsvColumns = ['province', 'indicator', 'period', 'value', 'unit', 'missing', 'printed_value', 'printed_unit', 'qualifier', 'note', 'note_zh', ...sourceColumns] as const;

/**
 * The table as CSV: one line per province and measure, the value in the column's unit (亿元, 万人) and
 * as printed, with its publisher. A province without a citable figure has an empty value and
 * "no-value", never 0.
 */
export function provinceEconomyCsv({ columns, rows }: { columns: readonly EconomyColumn[]; rows: readonly EconomyRow[] }): string {
  const records = rows.flatMap((r) =>
    columns.map((c): Partial<Record<(typeof economyCsvColumns)[number], CsvCell>> => {
      const cell = r.cells[c.indicator];
      const base = { province: r.province, indicator: c.indicator, period: c.period, unit: c.unit };
      if (!cell) return { ...base, missing: 'no-value' };
      const { row } = cell;
      return { ...base, value: cell.value, printed_value: row.value, printed_unit: row.unit, qualifier: row.qualifier, note: row.note, note_zh: row.note_zh, ...sourceCells(row, noArticles) };
    }),
  );
  return csvText(economyCsvColumns, records);
}
