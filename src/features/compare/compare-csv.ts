import { csvText, sourceCells, sourceColumns, type CsvCell } from '../../lib/csv';
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
  'rank_to',
  'value',
  'missing',
  'printed_value',
  'printed_unit',
  'qualifier',
  'note',
  'note_zh',
  ...sourceColumns,
  'province_value',
  'province_unit',
  'province_period',
  'province_source',
  'area_km2',
] as const;

type Column = (typeof csvColumns)[number];

// Converted and divided values drop binary noise (2100.7999999999997 → 2100.8), nothing more.
const plain = (v: number) => Number(v.toPrecision(15));

function provinceSource(row: IndicatorRow, articles: ReadonlyMap<string, Article>): string {
  const s = sourceCells(row, articles);
  return [s.publisher ?? s.article_headline ?? s.article_id, s.title, s.url].filter(Boolean).join(' · ');
}

/**
 * The compared figures as CSV, one line per zone and group, in the order shown. A missing value is an
 * empty cell with the reason beside it, never 0.
 */
export function compareCsv(groups: readonly CompareGroup[], zones: ReadonlyMap<string, ZoneFeature>, articles: ReadonlyMap<string, Article>): string {
  const records = groups.flatMap((g) =>
    g.points.map((p): Partial<Record<Column, CsvCell>> => {
      const zone = zones.get(p.zoneId)?.properties;
      return {
        indicator: g.indicator.id,
        indicator_zh: g.indicator.label_zh,
        indicator_en: g.indicator.label_en,
        period: g.period,
        unit: g.applied === 'province-share' ? '%' : g.applied === 'per-km2' ? `${g.unit}/km²` : g.unit,
        values: g.applied,
        zone_id: p.zoneId,
        zone_zh: zone?.name_zh,
        zone_en: zone?.name_en,
        rank: p.rank,
        // the worst place the figures allow, where a bound leaves it open
        rank_to: p.rankTo !== p.rank ? p.rankTo : null,
        value: p.value === null ? null : plain(p.value),
        missing: p.missing,
        ...(p.row && { printed_value: p.row.value, printed_unit: p.row.unit, qualifier: p.row.qualifier, note: p.row.note, note_zh: p.row.note_zh, ...sourceCells(p.row, articles) }),
        ...(p.denominator?.kind === 'province' && {
          province_value: p.denominator.row.value,
          province_unit: p.denominator.row.unit,
          province_period: p.denominator.row.period,
          province_source: provinceSource(p.denominator.row, articles),
        }),
        // the planned area a value per km² was divided by
        ...(p.denominator?.kind === 'area' && { area_km2: p.denominator.km2 }),
      };
    }),
  );
  return csvText(csvColumns, records);
}
