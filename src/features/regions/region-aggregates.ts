import { regions, zoneTypes, type Region, type ZoneFeature, type ZoneType } from '../../schemas/zone';
import { provinceRegion } from './nbs-regions';
import type { EconomyIndicator } from './province-economy';

export type TypeCounts = Record<ZoneType, number>;
/** Counts and areas of the shown zones, or (gdp, population, foreign_trade) the host provinces' own figures. */
export const shadingMetrics = ['zones', 'new-area', 'high-tech-zone', 'etdz', 'area', 'gdp', 'population', 'foreign_trade'] as const;
export type ShadingMetric = (typeof shadingMetrics)[number];
export type ZoneMetric = Exclude<ShadingMetric, EconomyIndicator>;

/** The year Dalian ETDZ, the first national-level zone, was approved. */
export const FIRST_YEAR = 1984;

const noCounts = (): TypeCounts => ({ 'new-area': 0, 'high-tech-zone': 0, etdz: 0, 'bonded-zone': 0 });
const total = (c: TypeCounts) => zoneTypes.reduce((sum, t) => sum + c[t], 0);

export const regionOf = (zone: ZoneFeature): Region | null => zone.properties.region ?? provinceRegion(zone.properties.province);

export type AreaTotal = { km2: number; withArea: number; withoutArea: string[] };

/** The sum of planned areas that are known; zones without one are named, never counted as 0 km². */
export function areaTotal(zones: readonly ZoneFeature[]): AreaTotal {
  const known = zones.filter((z) => z.properties.area_km2 !== null);
  return {
    // Rounded to the data's finest precision (0.507 km²) so float noise never shows as 4,000.0000001.
    km2: Math.round(known.reduce((sum, z) => sum + (z.properties.area_km2 ?? 0), 0) * 1000) / 1000,
    withArea: known.length,
    withoutArea: zones.filter((z) => z.properties.area_km2 === null).map((z) => z.id),
  };
}

export type RegionRow = { region: Region; counts: TypeCounts; total: number };

/** Zones by type in each NBS region, east → northeast; zones in no known region are left out. */
export function countsByRegion(zones: readonly ZoneFeature[]): RegionRow[] {
  return regions.map((region) => {
    const counts = noCounts();
    for (const z of zones) if (regionOf(z) === region) counts[z.properties.type] += 1;
    return { region, counts, total: total(counts) };
  });
}

export type ProvinceRow = { province: string; region: Region | null; counts: TypeCounts; total: number; area: AreaTotal; zoneIds: string[] };

/** One row per province that has zones, most zones first (then by name, for a stable order). */
export function provinceAggregates(zones: readonly ZoneFeature[]): ProvinceRow[] {
  const groups = new Map<string, ZoneFeature[]>();
  for (const z of zones) groups.set(z.properties.province, [...(groups.get(z.properties.province) ?? []), z]);
  return [...groups.entries()]
    .map(([province, members]) => {
      const counts = noCounts();
      for (const z of members) counts[z.properties.type] += 1;
      const region = members.map(regionOf).find((r) => r !== null) ?? null;
      return { province, region, counts, total: members.length, area: areaTotal(members), zoneIds: members.map((z) => z.id) };
    })
    .sort((a, b) => b.total - a.total || a.province.localeCompare(b.province, 'zh-CN'));
}

export type YearRow = { year: number; counts: TypeCounts; total: number; zoneIds: string[] };

/** Approvals per year from 1984 to `toYear`, every year present (a year with none is a real 0). */
export function approvalsByYear(zones: readonly ZoneFeature[], toYear = new Date().getFullYear()): YearRow[] {
  const rows: YearRow[] = [];
  for (let year = FIRST_YEAR; year <= toYear; year++) {
    // `approved` is YYYY, YYYY-MM or YYYY-MM-DD: the year is always the first four digits.
    const members = zones.filter((z) => Number(z.properties.approved.slice(0, 4)) === year);
    const counts = noCounts();
    for (const z of members) counts[z.properties.type] += 1;
    rows.push({ year, counts, total: members.length, zoneIds: members.map((z) => z.id) });
  }
  return rows;
}

/**
 * One number per province for map shading. Provinces with none of the measured thing (or, for
 * area, with no known area) are left out, so the map shows them as "none / no data", not as a class.
 */
export function provinceMetric(zones: readonly ZoneFeature[], metric: ZoneMetric): Record<string, number> {
  const values: Record<string, number> = {};
  for (const row of provinceAggregates(zones)) {
    const value = metric === 'area' ? (row.area.withArea > 0 ? row.area.km2 : 0) : metric === 'zones' ? row.total : row.counts[metric];
    if (value > 0) values[row.province] = value;
  }
  return values;
}
