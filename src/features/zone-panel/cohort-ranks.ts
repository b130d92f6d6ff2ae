import { rankSpans } from '../../lib/rank';
import { convertUnit, sameFamily } from '../../lib/units';
import type { IndicatorDefinition, IndicatorRow, IndicatorsFile } from '../../schemas/indicator';
import type { ZoneFeature, ZoneType } from '../../schemas/zone';

/** The fewest zones of one type for a rank to say something ("1st of 2" says little). */
export const MIN_COHORT = 3;

export type CohortPeer = { zoneId: string; value: number; row: IndicatorRow; isThis: boolean };

export type CohortPositionItem = {
  indicator: IndicatorDefinition;
  unit: string;
  period: string;
  type: ZoneType;
  /** 1 = largest; equal values share a rank. A bound ("over 4,000") can leave the place open: rank to rankTo. */
  rank: number;
  rankTo: number;
  of: number;
  row: IndicatorRow;
  /** the cohort, largest first */
  peers: CohortPeer[];
};

/**
 * Where a zone stands among zones of its own type with the same indicator, unit family and period.
 * Zone-scope rows only; one value per zone (the first, if the data held two).
 */
export function cohortPositions(zoneId: string, zones: readonly ZoneFeature[], file: IndicatorsFile): CohortPositionItem[] {
  const zone = zones.find((z) => z.id === zoneId);
  if (!zone) return [];
  const type = zone.properties.type;
  const sameType = new Set(zones.filter((z) => z.properties.type === type).map((z) => z.id));
  const own = file.rows.filter((r) => r.scope === 'zone' && r.subject === zoneId);
  return file.definitions.flatMap((indicator) =>
    own
      .filter((r) => r.indicator === indicator.id)
      .flatMap((row): CohortPositionItem[] => {
        const peers = new Map<string, IndicatorRow>();
        for (const r of file.rows)
          if (r.scope === 'zone' && sameType.has(r.subject) && r.indicator === row.indicator && sameFamily(r.unit, row.unit) && r.period === row.period && !peers.has(r.subject)) peers.set(r.subject, r);
        if (peers.size < MIN_COHORT) return [];
        // Peers printed in 亿元 or billion yuan are moved into this zone's unit, exactly.
        const list = [...peers.entries()]
          .map(([id, r]) => ({ zoneId: id, value: convertUnit(r.value, r.unit, row.unit) ?? r.value, row: r, isThis: id === zoneId }))
          .sort((a, b) => b.value - a.value);
        const spans = rankSpans(list.map((p) => ({ value: p.value, qualifier: p.row.qualifier })));
        const span = spans[list.findIndex((p) => p.isThis)] ?? { best: 1, worst: 1 };
        return [{ indicator, unit: row.unit, period: row.period, type, rank: span.best, rankTo: span.worst, of: list.length, row, peers: list }];
      }),
  );
}

export type FactPosition = {
  fact: 'area' | 'approved';
  type: ZoneType;
  /** area: 1 = largest; approved: 1 = first approved. Equal values share a rank. */
  rank: number;
  of: number;
  /** zones of the type without the fact (area unknown), left out of `of` */
  without: number;
  peers: { zoneId: string; value: number; isThis: boolean }[];
};

/** Where the zone stands among its type by the facts every zone has: planned area and approval. */
export function factPositions(zoneId: string, zones: readonly ZoneFeature[]): FactPosition[] {
  const zone = zones.find((z) => z.id === zoneId);
  if (!zone) return [];
  const type = zone.properties.type;
  const cohort = zones.filter((z) => z.properties.type === type);
  if (cohort.length < MIN_COHORT) return [];
  const out: FactPosition[] = [];
  const own = zone.properties.area_km2;
  const withArea = cohort.flatMap((z) => (z.properties.area_km2 === null ? [] : [{ zoneId: z.id, value: z.properties.area_km2, isThis: z.id === zoneId }]));
  if (own !== null && withArea.length >= MIN_COHORT)
    out.push({ fact: 'area', type, rank: 1 + withArea.filter((p) => p.value > own).length, of: withArea.length, without: cohort.length - withArea.length, peers: withArea });
  // Approval dates have different precisions; the year orders them without inventing a day.
  const year = (z: ZoneFeature) => Number(z.properties.approved.slice(0, 4));
  const mine = year(zone);
  out.push({
    fact: 'approved',
    type,
    rank: 1 + cohort.filter((z) => year(z) < mine).length,
    of: cohort.length,
    without: 0,
    peers: cohort.map((z) => ({ zoneId: z.id, value: year(z), isThis: z.id === zoneId })),
  });
  return out;
}
