import type { ZoneFeature } from '../schemas/zone';
import type { UrlState } from './url-state';

/**
 * Drops what a stale link asks for that the data does not have (compare ids, provinces, industry
 * tags). The selected zone is not dropped here: an unknown zone gets a message first.
 */
export function cleanUrlState(state: UrlState, zones: readonly ZoneFeature[]): UrlState {
  const ids = new Set(zones.map((z) => z.id));
  const provinces = new Set(zones.map((z) => z.properties.province));
  const tags = new Set(zones.flatMap((z) => z.properties.industries.map((t) => t.zh)));
  return {
    ...state,
    compare: state.compare.filter((id) => ids.has(id)),
    filters: {
      ...state.filters,
      provinces: state.filters.provinces.filter((p) => provinces.has(p)),
      industries: state.filters.industries.filter((t) => tags.has(t)),
    },
  };
}
