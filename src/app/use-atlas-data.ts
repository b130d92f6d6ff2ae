import { useCallback, useMemo } from 'react';
import { useArticles } from '../data/articles';
import { useIndicators } from '../data/indicators';
import { useZones } from '../data/zones';
import { filterZones, isFiltering } from '../features/filters/filter-zones';
import type { Filters } from '../lib/filters';
import type { Lang } from '../lib/i18n';

/** The curated data, and what the current filters leave of it. */
export function useAtlasData(filters: Filters, lang: Lang) {
  const zonesQ = useZones();
  const articlesQ = useArticles();
  const indicatorsQ = useIndicators();
  const zones = useMemo(() => zonesQ.data?.features ?? [], [zonesQ.data]);
  const shown = useMemo(() => filterZones(zones, filters), [zones, filters]);
  const shownIds = useMemo(() => (isFiltering(filters) ? shown.map((z) => z.id) : null), [filters, shown]);
  const byId = useMemo(() => new Map(zones.map((z) => [z.id, z])), [zones]);
  const zoneName = useCallback(
    (id: string) => {
      const z = byId.get(id);
      return z ? (lang === 'en' ? z.properties.name_en : z.properties.name_zh) : id;
    },
    [byId, lang],
  );
  const failed = [zonesQ, articlesQ, indicatorsQ].find((q) => q.isError);
  return { zonesQ, articlesQ, indicatorsQ, zones, shown, shownIds, byId, zoneName, failed };
}
