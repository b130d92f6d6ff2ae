import type { Filters } from '../../lib/filters';
import type { ZoneFeature } from '../../schemas/zone';

export const approvalYear = (z: ZoneFeature) => Number(z.properties.approved.slice(0, 4));

/** Zones that pass every active filter; an empty filter list means "any". */
export function filterZones(zones: readonly ZoneFeature[], f: Filters): ZoneFeature[] {
  const [from, to] = f.years;
  return zones.filter((z) => {
    const p = z.properties;
    const year = approvalYear(z);
    return (
      (f.types.length === 0 || f.types.includes(p.type)) &&
      (f.regions.length === 0 || (p.region !== undefined && f.regions.includes(p.region))) &&
      (f.provinces.length === 0 || f.provinces.includes(p.province)) &&
      (f.industries.length === 0 || p.industries.some((tag) => f.industries.includes(tag.zh))) &&
      (from === null || year >= from) &&
      (to === null || year <= to)
    );
  });
}

export const isFiltering = (f: Filters) =>
  f.types.length + f.regions.length + f.provinces.length + f.industries.length > 0 || f.years[0] !== null || f.years[1] !== null;

/** The choices a filter panel offers, from the data itself. */
export function facets(zones: readonly ZoneFeature[]) {
  const provinces = [...new Set(zones.map((z) => z.properties.province))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const tags = new Map<string, { zh: string; en: string; count: number }>();
  for (const z of zones)
    for (const tag of z.properties.industries) {
      const t = tags.get(tag.zh) ?? { ...tag, count: 0 };
      t.count += 1;
      tags.set(tag.zh, t);
    }
  const years = zones.map(approvalYear);
  return {
    provinces,
    industries: [...tags.values()].sort((a, b) => b.count - a.count || a.zh.localeCompare(b.zh, 'zh-CN')),
    years: [Math.min(...years), Math.max(...years)] as const,
  };
}
