/**
 * Reading the built province polygons and asking which province a point falls in. Used by the data
 * check to confirm that each zone's position agrees with its stated province.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { FeatureKind } from './province-names';

export type ProvinceProperties = {
  name_zh: string;
  name_short: string;
  name_en: string;
  kind: FeatureKind;
};

export type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProperties>;

export const DEFAULT_PROVINCES_PATH = fileURLToPath(new URL('../../public/basemap/provinces.geojson', import.meta.url));

export function loadProvinces(path: string = DEFAULT_PROVINCES_PATH): ProvinceFeature[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read provinces from ${path} (run \`npm run basemap\` first)`, { cause: error });
  }
  if (!isFeatureCollection(parsed)) throw new Error(`${path} is not a FeatureCollection`);
  for (const f of parsed.features) {
    const type = f.geometry?.type;
    if ((type !== 'Polygon' && type !== 'MultiPolygon') || typeof f.properties?.name_zh !== 'string') {
      throw new Error(`${path} has a feature that is not a named (Multi)Polygon`);
    }
  }
  return parsed.features;
}

function isFeatureCollection(value: unknown): value is { features: ProvinceFeature[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

/**
 * The full name (name_zh) of the province containing the point, or null. Only features of kind
 * "province" count, so a decorative feature such as 南海诸岛 never answers.
 */
export function provinceAt(lon: number, lat: number, provinces: readonly ProvinceFeature[]): string | null {
  for (const f of provinces) {
    if (f.properties.kind !== 'province') continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    if (pointInPolygons(lon, lat, polygons)) return f.properties.name_zh;
  }
  return null;
}

/** Inside any of the polygons, where each polygon is an outer ring followed by its holes. */
export function pointInPolygons(lon: number, lat: number, polygons: readonly (readonly Position[][])[]): boolean {
  return polygons.some((rings) => pointInPolygon(lon, lat, rings));
}

export function pointInPolygon(lon: number, lat: number, rings: readonly Position[][]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(lon, lat, outer)) return false;
  return !holes.some((hole) => pointInRing(lon, lat, hole));
}

/** Even-odd ray casting towards +x; independent of the ring's winding and of whether it is closed. */
export function pointInRing(lon: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
