/** Builds the neighbouring-country backdrop from Natural Earth via world-atlas' TopoJSON. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { splitAtAntimeridian } from './antimeridian';
import {
  bboxesIntersect,
  cleanPolygons,
  emptyCleanStats,
  geometryPolygons,
  ringsBBox,
  toGeometry,
  type BBox,
  type CleanStats,
} from './polygon-tools';

export const COUNTRY_DECIMALS = 3;

/** The part of the world shown around China. */
export const COUNTRY_WINDOW: BBox = [60, -5, 150, 60];

/**
 * ISO 3166 numeric codes the province layer already covers: China and Taiwan, plus Hong Kong and
 * Macao, which Natural Earth also keeps as separate admin-0 units and would otherwise be drawn over
 * by the two special administrative regions of the province layer.
 */
export const COVERED_BY_PROVINCES: ReadonlySet<string> = new Set(['156', '158', '344', '446']);

export type CountryProperties = { name_en: string; id: string | null };
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export type CountryBuild = {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  stats: CleanStats;
};

export type Topology = Parameters<typeof feature>[0];

export function buildCountries(topology: Topology): CountryBuild {
  const stats = emptyCleanStats();
  const object = topology.objects.countries;
  if (!object) throw new Error('the topology has no "countries" object');
  const collection = feature(topology, object);
  const features = collection.type === 'FeatureCollection' ? collection.features : [collection];
  const countries: CountryFeature[] = [];

  for (const source of features) {
    const geometry = source.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
    const isoId = source.id === undefined ? null : String(source.id);
    if (isoId !== null && COVERED_BY_PROVINCES.has(isoId)) continue;
    // Per-part boxes, because a country split by the antimeridian (the United States' Aleutians)
    // has a whole-country box spanning every longitude and would be kept for no visible reason.
    const parts = geometryPolygons(geometry).flatMap(splitAtAntimeridian);
    if (!parts.some((polygon) => bboxesIntersect(ringsBBox(polygon), COUNTRY_WINDOW))) continue;

    const polygons = cleanPolygons(parts, COUNTRY_DECIMALS, stats);
    if (polygons.length === 0) continue;
    const name = typeof source.properties?.name === 'string' ? source.properties.name : (isoId ?? 'unknown');
    const numeric = isoId === null ? undefined : Number(isoId);
    countries.push({
      type: 'Feature',
      // MapLibre only keeps numeric feature ids, so the ISO code goes there as a number.
      ...(numeric !== undefined && Number.isInteger(numeric) ? { id: numeric } : {}),
      properties: { name_en: name, id: isoId },
      geometry: toGeometry(polygons),
    });
  }

  return { countries: { type: 'FeatureCollection', features: countries }, stats };
}
