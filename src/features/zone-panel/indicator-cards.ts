import { csvText, figureCells, figureColumns, sourceCells, sourceColumns } from '../../lib/csv';
import { convertUnit, sameFamily } from '../../lib/units';
import type { Lang } from '../../lib/i18n';
import type { Article } from '../../schemas/article';
import type { IndicatorDefinition, IndicatorRow, IndicatorsFile } from '../../schemas/indicator';

export type SeriesPoint = { period: string; value: number; row: IndicatorRow };
export type CohortPoint = { zoneId: string; value: number; row: IndicatorRow; isThis: boolean };

export type IndicatorCard = {
  definition: IndicatorDefinition;
  /** this zone's own values (scope zone), oldest period first */
  rows: IndicatorRow[];
  /** a chart over time: two or more periods, in the latest figure's unit (亿元 and billion yuan are one axis) */
  series: { unit: string; points: SeriesPoint[] } | null;
  /** a chart across zones: the latest value with the same period and unit as other zones */
  cohort: { unit: string; period: string; points: CohortPoint[] } | null;
};

const byPeriod = (a: IndicatorRow, b: IndicatorRow) => a.period.localeCompare(b.period);

/** Each row's value in `unit`, for rows printed in a unit of its family. */
const inUnit = (rows: IndicatorRow[], unit: string) =>
  rows.flatMap((row) => {
    const value = convertUnit(row.value, row.unit, unit);
    return value === null ? [] : [{ row, value }];
  });

/**
 * What a period measures: a year, a quarter, a span of months (by its months, so Jan–Sep 2021 goes
 * with Jan–Sep 2022) or a point in time. Only periods of one kind share a time axis: a first
 * quarter drawn after a full year would look like a fall.
 */
function periodKind(period: string): string {
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  const span = /^\d{4}-(\d{2})\/\d{4}-(\d{2})$/.exec(period);
  if (span) return `months ${span[1]}–${span[2]}`;
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(period)) return 'date';
  return `other ${period}`;
}

function seriesOf(rows: IndicatorRow[]): IndicatorCard['series'] {
  const latest = rows[rows.length - 1];
  if (!latest) return null;
  const byKind = new Map<string, { row: IndicatorRow; value: number }[]>();
  for (const point of inUnit(rows, latest.unit)) {
    const kind = periodKind(point.row.period);
    const same = byKind.get(kind);
    if (same) same.push(point);
    else byKind.set(kind, [point]);
  }
  // Rows come oldest first, so each kind's last point is its latest. Chart the latest figure's kind
  // when it has a history; otherwise the longest history of another kind (the later one on a tie),
  // so that a lone first quarter does not hide a run of annual figures.
  const lastPeriod = (points: { row: IndicatorRow }[]) => points[points.length - 1]?.row.period ?? '';
  const histories = [...byKind.entries()]
    .filter(([, points]) => points.length >= 2)
    .sort(([, a], [, b]) => b.length - a.length || lastPeriod(b).localeCompare(lastPeriod(a)));
  const chosen = histories.find(([kind]) => kind === periodKind(latest.period)) ?? histories[0];
  if (!chosen) return null;
  const points = chosen[1];
  if (new Set(points.map((p) => p.row.period)).size !== points.length) return null;
  return { unit: latest.unit, points: points.map(({ row, value }) => ({ period: row.period, value, row })) };
}

function cohortOf(zoneId: string, latest: IndicatorRow, all: IndicatorRow[]): IndicatorCard['cohort'] {
  const peers = all.filter(
    (r) => r.scope === 'zone' && r.indicator === latest.indicator && sameFamily(r.unit, latest.unit) && r.period === latest.period,
  );
  if (new Set(peers.map((r) => r.subject)).size < 2) return null;
  const points = inUnit(peers, latest.unit)
    .map(({ row, value }) => ({ zoneId: row.subject, value, row, isThis: row.subject === zoneId }))
    .sort((a, b) => b.value - a.value);
  return { unit: latest.unit, period: latest.period, points };
}

/** One card per indicator the zone has a zone-level value for, in the order of the definitions. */
export function shapeIndicatorCards(zoneId: string, file: IndicatorsFile): IndicatorCard[] {
  const own = file.rows.filter((r) => r.scope === 'zone' && r.subject === zoneId);
  return file.definitions.flatMap((definition) => {
    const rows = own.filter((r) => r.indicator === definition.id).sort(byPeriod);
    const latest = rows[rows.length - 1];
    if (!latest) return [];
    return [{ definition, rows, series: seriesOf(rows), cohort: cohortOf(zoneId, latest, file.rows) }];
  });
}

/**
 * Figures that describe only a part of the zone (a park, a port: scope "park") or a company in it,
 * kept apart from the zone's own: they are never charted or ranked as the zone's.
 */
export function partRows(zoneId: string, file: IndicatorsFile, scope: 'park' | 'company'): IndicatorRow[] {
  return file.rows.filter((r) => r.scope === scope && (r.zone === zoneId || r.subject === zoneId));
}

/**
 * Whose a part figure is, for the reader: the name as printed, and for English readers the English
 * name first with the printed one after it (company names are searched in the printed form).
 */
export function partName(row: IndicatorRow, lang: Lang): string | undefined {
  const printed = row.park ?? row.company;
  const en = row.park_en ?? row.company_en;
  return lang === 'en' && en && printed ? `${en} (${printed})` : printed;
}

export type UnitGroup = {
  unit: string;
  period: string;
  points: { indicator: IndicatorDefinition; value: number; row: IndicatorRow }[];
};

/**
 * A zone's single figures that share a unit and a period (e.g. 240 city routes and 20 cargo routes,
 * September 2024) can stand on one axis; anything else is never charted together.
 */
export function shapeUnitGroups(zoneId: string, file: IndicatorsFile): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const definition of file.definitions)
    for (const row of file.rows) {
      if (row.scope !== 'zone' || row.subject !== zoneId || row.indicator !== definition.id) continue;
      const key = `${row.unit}|${row.period}`;
      const group = groups.get(key) ?? { unit: row.unit, period: row.period, points: [] };
      group.points.push({ indicator: definition, value: row.value, row });
      groups.set(key, group);
    }
  return [...groups.values()].filter((g) => g.points.length >= 2).map((g) => ({ ...g, points: g.points.sort((a, b) => b.value - a.value) }));
}

/** Every figure the panel shows for a zone: its own in definition and period order, then its parks' and companies'. */
export function zoneFigureRows(zoneId: string, file: IndicatorsFile): IndicatorRow[] {
  const order = new Map(file.definitions.map((d, i) => [d.id, i]));
  const own = file.rows.filter((r) => r.scope === 'zone' && r.subject === zoneId).sort((a, b) => (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) || byPeriod(a, b));
  return [...own, ...partRows(zoneId, file, 'park'), ...partRows(zoneId, file, 'company')];
}

const zoneCsvColumns = ['zone_id', 'scope', 'part', 'part_en', ...figureColumns, ...sourceColumns] as const;

/**
 * Every figure the panel shows for a zone, as CSV: its own first, then those of parks and companies in
 * it (the `scope` and `part` columns say whose), each as printed with its source.
 */
export function zoneIndicatorsCsv(zoneId: string, file: IndicatorsFile, articles: ReadonlyMap<string, Article>): string {
  const rows = zoneFigureRows(zoneId, file);
  return csvText(
    zoneCsvColumns,
    rows.map((r) => ({
      zone_id: zoneId,
      scope: r.scope,
      part: r.park ?? r.company,
      part_en: r.park_en ?? r.company_en,
      ...figureCells(r, file.definitions),
      ...sourceCells(r, articles),
    })),
  );
}
