import type { IndicatorDefinition, IndicatorRow, IndicatorsFile } from '../../schemas/indicator';
import type { ZoneFeature, ZoneProperties } from '../../schemas/zone';
import { rankSpans } from '../../lib/rank';
import { commonUnit, convertUnit, sameFamily, unitFamily } from '../../lib/units';

export const normalisations = ['absolute', 'per-km2', 'province-share'] as const;
export type Normalisation = (typeof normalisations)[number];

/** Why a zone has no bar: no figure at all, or no denominator for the chosen normalisation. */
export type MissingReason = 'no-value' | 'no-area' | 'no-province-total';
/** Why the requested normalisation fell back to absolute values for a whole group. */
export type NotApplicable = 'kind' | 'area-unit';

export type Denominator = { kind: 'area'; km2: number } | { kind: 'province'; row: IndicatorRow };

export type ComparePoint = {
  zoneId: string;
  /**
   * 1 = largest; equal values share a rank; null when missing. Where a source gives only a bound
   * ("over 4,000"), the place can be open: `rank` is the best the figures allow, `rankTo` the worst.
   */
  rank: number | null;
  rankTo: number | null;
  /** after normalisation; null when missing, never 0 */
  value: number | null;
  /** the zone's own figure as published (its unit, period, qualifier and source) */
  row: IndicatorRow | null;
  denominator: Denominator | null;
  missing: MissingReason | null;
};

export type CompareGroup = {
  key: string;
  indicator: IndicatorDefinition;
  /**
   * as printed when the zones agree; figures printed in units of one family (亿元 and billion yuan)
   * are moved into 亿元 by an exact decimal shift. With per-km2 the value unit is `${unit}/km²`,
   * with province-share it is %.
   */
  unit: string;
  period: string;
  requested: Normalisation;
  applied: Normalisation;
  notApplicable: NotApplicable | null;
  /** how many zones of the set have a value here */
  withValue: number;
  /** every zone of the set: ranked values first, then missing ones in the order of the set */
  points: ComparePoint[];
};

/** Zones named in the compare set, in its order; unknown and repeated ids are dropped. */
export function resolveCompareZones(ids: readonly string[], zones: readonly ZoneFeature[]): ZoneFeature[] {
  const byId = new Map(zones.map((z) => [z.id, z]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

// Levels and counts add up over space, so dividing by area or by a province total means something;
// growth rates and shares are already ratios.
const extensive: ReadonlySet<IndicatorDefinition['kind']> = new Set(['level', 'count']);
const isAreaUnit = (unit: string) => /平方|亩|km/.test(unit);

function applicability(def: IndicatorDefinition, unit: string, requested: Normalisation): NotApplicable | null {
  if (requested === 'absolute') return null;
  if (!extensive.has(def.kind)) return 'kind';
  if (requested === 'per-km2' && isAreaUnit(unit)) return 'area-unit';
  return null;
}

function normalise(row: IndicatorRow, unit: string, zone: ZoneProperties, applied: Normalisation, file: IndicatorsFile): Omit<ComparePoint, 'rank' | 'rankTo'> {
  const base = { zoneId: zone.id, row };
  // Grouped by unit family, so the conversion always exists.
  const value = convertUnit(row.value, row.unit, unit) ?? row.value;
  if (applied === 'per-km2') {
    if (zone.area_km2 === null) return { ...base, value: null, denominator: null, missing: 'no-area' };
    return { ...base, value: value / zone.area_km2, denominator: { kind: 'area', km2: zone.area_km2 }, missing: null };
  }
  if (applied === 'province-share') {
    const total = file.rows.find(
      (r) => r.scope === 'province' && r.subject === zone.province && r.indicator === row.indicator && sameFamily(r.unit, row.unit) && r.period === row.period,
    );
    const totalValue = total ? convertUnit(total.value, total.unit, unit) : null;
    if (!total || !totalValue) return { ...base, value: null, denominator: null, missing: 'no-province-total' };
    return { ...base, value: (value / totalValue) * 100, denominator: { kind: 'province', row: total }, missing: null };
  }
  return { ...base, value, denominator: null, missing: null };
}

function rankPoints(points: Omit<ComparePoint, 'rank' | 'rankTo'>[]): ComparePoint[] {
  const valued = points.flatMap((p) => (p.value === null ? [] : [{ ...p, value: p.value }]));
  const spans = rankSpans(valued.map((p) => ({ value: p.value, qualifier: p.row?.qualifier ?? 'exact' })));
  const ranked = valued
    .map((p, i) => ({ ...p, rank: spans[i]?.best ?? null, rankTo: spans[i]?.worst ?? null }))
    // largest figure first, so the bars descend; a bound stands at its printed value, its span beside it
    .sort((a, b) => b.value - a.value || (a.rank ?? 0) - (b.rank ?? 0));
  return [...ranked, ...points.filter((p) => p.value === null).map((p) => ({ ...p, rank: null, rankTo: null }))];
}

/**
 * One group per (indicator, unit family, period) for every indicator at least two zones of the set have.
 * Figures of different periods, or of units that are not a power of ten apart, are never put on one axis. Only scope "zone" rows count:
 * company figures describe a firm, not the zone.
 */
export function compareSeries(ids: readonly string[], zones: readonly ZoneFeature[], file: IndicatorsFile, requested: Normalisation = 'absolute'): CompareGroup[] {
  const set = resolveCompareZones(ids, zones).map((z) => z.properties);
  const members = new Set(set.map((z) => z.id));
  const rows = file.rows.filter((r) => r.scope === 'zone' && members.has(r.subject));
  return file.definitions.flatMap((indicator) => {
    const own = rows.filter((r) => r.indicator === indicator.id);
    if (new Set(own.map((r) => r.subject)).size < 2) return [];
    const byKey = new Map<string, IndicatorRow[]>();
    for (const r of own) {
      const key = `${unitFamily(r.unit)}|${r.period}`;
      const group = byKey.get(key);
      if (group) group.push(r);
      else byKey.set(key, [r]);
    }
    const groups = [...byKey.values()].map((inGroup): CompareGroup => {
      const unit = commonUnit(inGroup.map((r) => r.unit)) ?? '';
      const period = inGroup[0]?.period ?? '';
      const notApplicable = applicability(indicator, unit, requested);
      const applied = notApplicable ? 'absolute' : requested;
      const points = set.map((zone) => {
        // The data check keeps one row per zone, indicator and period.
        const row = inGroup.find((r) => r.subject === zone.id);
        return row ? normalise(row, unit, zone, applied, file) : { zoneId: zone.id, row: null, value: null, denominator: null, missing: 'no-value' as const };
      });
      const ranked = rankPoints(points);
      return { key: `${indicator.id}|${unit}|${period}`, indicator, unit, period, requested, applied, notApplicable, withValue: ranked.filter((p) => p.value !== null).length, points: ranked };
    });
    // Groups where most zones can be compared first; then the latest period.
    return groups.sort((a, b) => b.points.filter((p) => p.row).length - a.points.filter((p) => p.row).length || b.period.localeCompare(a.period));
  });
}

export type CompareFact = Pick<ZoneProperties, 'id' | 'name_zh' | 'name_en' | 'type' | 'province' | 'city' | 'approved' | 'area_km2' | 'industries' | 'uncertain' | 'sources'>;

/** The side-by-side facts, in the order of the set. */
export function compareFacts(ids: readonly string[], zones: readonly ZoneFeature[]): CompareFact[] {
  return resolveCompareZones(ids, zones).map(({ properties: p }) => ({
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    type: p.type,
    province: p.province,
    city: p.city,
    approved: p.approved,
    area_km2: p.area_km2,
    industries: p.industries,
    uncertain: p.uncertain,
    sources: p.sources,
  }));
}
