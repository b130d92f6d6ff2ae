import type { SortKey } from '../../lib/filters';
import type { ZoneFeature } from '../../schemas/zone';

/** Name in the reader's language; approval oldest first; area largest first, missing areas last. */
export function sortZones(zones: readonly ZoneFeature[], key: SortKey, lang: 'zh' | 'en'): ZoneFeature[] {
  const name = (z: ZoneFeature) => (lang === 'en' ? z.properties.name_en : z.properties.name_zh);
  const byName = (a: ZoneFeature, b: ZoneFeature) => name(a).localeCompare(name(b), lang === 'en' ? 'en' : 'zh-CN');
  const list = [...zones];
  if (key === 'approved') return list.sort((a, b) => a.properties.approved.localeCompare(b.properties.approved) || byName(a, b));
  if (key === 'area')
    return list.sort((a, b) => (b.properties.area_km2 ?? -1) - (a.properties.area_km2 ?? -1) || byName(a, b));
  return list.sort(byName);
}
