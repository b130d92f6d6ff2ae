/**
 * Prefecture-level polygons from the province maps that ECharts ships (map/json/province/*.json),
 * for checking that a zone's point lies in the city it is said to be in. Coarse (simplified
 * outlines), used by the data check only, never shipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Position } from 'geojson';
import type { EchartsMap } from './basemap-provinces';
import { decodeGeometry, DEFAULT_ENCODE_SCALE, type EncodedGeometry } from './echarts-geo';
import { pointInPolygons } from './provinces';

const require = createRequire(import.meta.url);

/** ECharts' folder of province maps, or null when the package is not installed. */
export function defaultPrefecturesDir(): string | null {
  try {
    return dirname(require.resolve('echarts/map/json/province/gansu.json'));
  } catch {
    return null;
  }
}

/** Files whose features are not prefecture-level divisions: the municipalities' districts, Hong Kong, Macao, Taiwan. */
export const NOT_PREFECTURE_FILES = new Set(['beijing', 'tianjin', 'shanghai', 'chongqing', 'xianggang', 'aomen', 'taiwan']);

export type Prefecture = { name: string; polygons: Position[][][] };

type PlainGeometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

/** Every prefecture of the province files in `dir` (most are encoded; one, xizang.json, is plain GeoJSON). */
export function loadPrefectures(dir: string): Prefecture[] {
  if (!existsSync(dir)) return [];
  const out: Prefecture[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    if (NOT_PREFECTURE_FILES.has(file.replace(/\.json$/, ''))) continue;
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8')) as EchartsMap;
    for (const { properties, geometry } of map.features) {
      if (!geometry) continue;
      const polygons = map.UTF8Encoding
        ? decodeGeometry(geometry as EncodedGeometry, map.UTF8Scale ?? DEFAULT_ENCODE_SCALE)
        : ((g: PlainGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates))(geometry as unknown as PlainGeometry);
      out.push({ name: properties.name, polygons });
    }
  }
  return out;
}

/** The prefecture a point lies in, or null. */
export function prefectureAt(lon: number, lat: number, prefectures: readonly Prefecture[]): string | null {
  return prefectures.find((p) => pointInPolygons(lon, lat, p.polygons))?.name ?? null;
}
