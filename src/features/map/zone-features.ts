import type { FeatureCollection, Point } from 'geojson';
import type { ZoneFeature } from '../../schemas/zone';
import { shortName } from '../../lib/short-name';

export type MapZoneProperties = { id: string; name_zh: string; name_en: string; label_zh: string; label_en: string; type: string };

/** Only flat properties go to the map: MapLibre stringifies nested values. */
export function toMapFeatures(zones: readonly ZoneFeature[]): FeatureCollection<Point, MapZoneProperties> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z) => ({
      type: 'Feature',
      id: z.id,
      geometry: { type: 'Point', coordinates: [...z.geometry.coordinates] },
      properties: {
        id: z.id,
        name_zh: z.properties.name_zh,
        name_en: z.properties.name_en,
        label_zh: shortName(z.properties.name_zh, 'zh'),
        label_en: shortName(z.properties.name_en, 'en'),
        type: z.properties.type,
      },
    })),
  };
}
