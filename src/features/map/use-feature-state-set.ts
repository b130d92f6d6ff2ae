import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { SOURCE } from './layers';

/** Keeps one boolean feature-state (e.g. "marked", "highlight") true for exactly the given zone ids. */
export function useFeatureStateSet(map: MapLibreMap | null, key: string, ids: readonly string[]) {
  const joined = ids.join(',');
  useEffect(() => {
    if (!map) return;
    const list = joined ? joined.split(',') : [];
    for (const id of list) map.setFeatureState({ source: SOURCE.zones, id }, { [key]: true });
    return () => {
      // The map may already be gone when a parent unmounts.
      if (!map.getStyle()) return;
      for (const id of list) map.setFeatureState({ source: SOURCE.zones, id }, { [key]: false });
    };
  }, [map, key, joined]);
}
