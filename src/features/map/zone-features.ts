import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../../schemas/place';
import type { ZoneFeature } from '../../schemas/zone';
import type { Lang } from '../../lib/i18n';
import { shortName } from '../../lib/short-name';

export type MapZoneProperties = { id: string; name_zh: string; name_en: string; label_zh: string; label_en: string; type: string; approximate: boolean };

/** A zone's label on the map: its short name in the reader's language. */
export const zoneLabel = (z: ZoneFeature, lang: Lang): string => shortName(lang === 'en' ? z.properties.name_en : z.properties.name_zh, lang);

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
        label_zh: zoneLabel(z, 'zh'),
        label_en: zoneLabel(z, 'en'),
        type: z.properties.type,
        approximate: z.properties.uncertain.includes('position'),
      },
    })),
  };
}

/** The reference places as the map's cities layer reads them: label in both languages and rank. */
export function placesToMapFeatures(places: readonly Place[]): FeatureCollection<Point, { label_zh: string; label_en: string; rank: number }> {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...p.lngLat] },
      properties: { label_zh: p.label_zh, label_en: p.label_en, rank: p.rank ?? 1 },
    })),
  };
}
