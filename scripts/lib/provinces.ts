/**
 * Reading the built province polygons and asking which province a point falls in. Used by the data
 * check to confirm that each zone's position agrees with its stated province.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { ringsBBox, type BBox } from './polygon-tools';
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
    if (pointInPolygons(lon, lat, polygonsOf(f))) return f.properties.name_zh;
  }
  return null;
}

/**
 * Every province containing the point. The simplified outlines of neighbours overlap by up to about
 * a kilometre along shared borders, so a point there can be in two; provinceAt returns the first.
 */
export function provincesAt(lon: number, lat: number, provinces: readonly ProvinceFeature[]): string[] {
  return provinces
    .filter((f) => f.properties.kind === 'province' && pointInPolygons(lon, lat, polygonsOf(f)))
    .map((f) => f.properties.name_zh);
}

export type NearestProvince = { name_zh: string; km: number };

/**
 * The province containing the point (km 0), else the one with the closest boundary within maxKm.
 * The ECharts outlines are simplified: coastlines are cut by up to a few kilometres and neighbouring
 * provinces overlap or leave slivers along shared borders, so a correct coastal or border position
 * can miss every polygon. Distances use a local equirectangular approximation, fine at this scale.
 */
export function nearestProvince(
  lon: number,
  lat: number,
  provinces: readonly ProvinceFeature[],
  maxKm: number,
): NearestProvince | null {
  const inside = provinceAt(lon, lat, provinces);
  if (inside) return { name_zh: inside, km: 0 };
  const kmPerLon = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  let best: NearestProvince | null = null;
  for (const f of provinces) {
    if (f.properties.kind !== 'province') continue;
    for (const rings of polygonsOf(f)) {
      for (const ring of rings) {
        const km = distanceToRingKm(lon, lat, ring, kmPerLon);
        if (km <= maxKm && (!best || km < best.km)) best = { name_zh: f.properties.name_zh, km };
      }
    }
  }
  return best;
}

const KM_PER_DEGREE = 111.32;

function distanceToRingKm(lon: number, lat: number, ring: readonly Position[], kmPerLon: number): number {
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = project(ring[i - 1]!, lon, lat, kmPerLon);
    const [bx, by] = project(ring[i]!, lon, lat, kmPerLon);
    // Distance from the origin (the query point) to segment a–b.
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSq = dx * dx + dy * dy;
    const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSq));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

function project(p: Position, lon: number, lat: number, kmPerLon: number): [number, number] {
  return [(p[0]! - lon) * kmPerLon, (p[1]! - lat) * KM_PER_DEGREE];
}

function polygonsOf(f: ProvinceFeature): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Inside any of the polygons, where each polygon is an outer ring followed by its holes. */
export function pointInPolygons(lon: number, lat: number, polygons: readonly (readonly Position[][])[]): boolean {
  return polygons.some((rings) => pointInPolygon(lon, lat, rings));
}

export function pointInPolygon(lon: number, lat: number, rings: readonly Position[][]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !inRingBBox(lon, lat, outer) || !pointInRing(lon, lat, outer)) return false;
  return !holes.some((hole) => pointInRing(lon, lat, hole));
}

// Zone checks ask about every province for every zone; a cached box rejects most rings cheaply.
const ringBoxes = new WeakMap<readonly Position[], BBox>();

function inRingBBox(lon: number, lat: number, ring: readonly Position[]): boolean {
  let box = ringBoxes.get(ring);
  if (!box) {
    box = ringsBBox([ring]);
    ringBoxes.set(ring, box);
  }
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
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
