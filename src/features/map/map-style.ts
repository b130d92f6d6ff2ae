import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../../lib/i18n';
import { buildLayers, SOURCE } from './layers';

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

/** Absolute URL of a file the app serves itself (MapLibre's worker cannot resolve relative URLs). */
export const ownUrl = (path: string) => new URL(`${import.meta.env.BASE_URL}${path}`, window.location.href).href;

/**
 * The built-in offline style: basemap GeoJSON served by the app, no glyphs URL (labels use local
 * fonts), no sprite, no tiles from anywhere else.
 */
export function buildStyle(lang: Lang): StyleSpecification {
  return {
    version: 8,
    name: 'Zone Atlas offline',
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: ownUrl('basemap/countries.geojson') },
      [SOURCE.provinces]: { type: 'geojson', data: ownUrl('basemap/provinces.geojson') },
      [SOURCE.provinceLabels]: { type: 'geojson', data: ownUrl('basemap/province-labels.geojson') },
      // filled from the search's copy of the file, so it is fetched once
      [SOURCE.cities]: { type: 'geojson', data: emptyCollection },
      [SOURCE.zones]: { type: 'geojson', data: emptyCollection, promoteId: 'id' },
      [SOURCE.overlayKeepOut]: { type: 'geojson', data: emptyCollection },
    },
    layers: buildLayers(lang),
  };
}
