/**
 * Prefecture-level polygons from the province maps that ECharts ships (map/json/province/*.json),
 * for checking that a zone's point lies in the city it is said to be in. Coarse (simplified
 * outlines), used by the data check only, never shipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Position } from 'geojson';
import { CITY_PROVINCE_FILES } from './basemap-cities';
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

export type Prefecture = { name: string; polygons: Position[][][] };

type PlainGeometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

/**
 * Every prefecture of the province files in `dir` that the reference places also come from (the
 * municipalities' files hold districts, and Hong Kong, Macao and Taiwan are not used). Most are
 * encoded; one, xizang.json, is plain GeoJSON.
 */
export function loadPrefectures(dir: string): Prefecture[] {
  const out: Prefecture[] = [];
  for (const name of Object.keys(CITY_PROVINCE_FILES)) {
    const file = join(dir, `${name}.json`);
    if (!existsSync(file)) continue;
    const map = JSON.parse(readFileSync(file, 'utf8')) as EchartsMap;
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
