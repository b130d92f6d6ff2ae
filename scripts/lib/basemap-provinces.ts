/** Builds the province polygons and their label points from ECharts' china map. */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { decodeGeometry, DEFAULT_ENCODE_SCALE, type EncodedGeometry } from './echarts-geo';
import {
  cleanPolygons,
  emptyCleanStats,
  interiorPoint,
  largestPolygon,
  roundTo,
  toGeometry,
  type CleanStats,
} from './polygon-tools';
import { DIVISION_NAMES } from './province-names';
import { pointInPolygons, type ProvinceFeature, type ProvinceProperties } from './provinces';

export const PROVINCE_DECIMALS = 4;

export type ProvinceLabelFeature = Feature<Point, ProvinceProperties>;

type EchartsFeature = {
  id?: string | number;
  properties: { id?: string; name: string; cp?: [number, number] };
  geometry: EncodedGeometry | null;
};

export type EchartsMap = { UTF8Encoding?: boolean; UTF8Scale?: number; features: EchartsFeature[] };

export type ProvinceBuild = {
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>;
  labels: FeatureCollection<Point, ProvinceProperties>;
  stats: CleanStats & { labelsFromCp: number; labelsComputed: number };
};

export function buildProvinces(map: EchartsMap): ProvinceBuild {
  if (!map.UTF8Encoding) throw new Error('expected the UTF8-encoded ECharts map format');
  const scale = map.UTF8Scale ?? DEFAULT_ENCODE_SCALE;
  const stats = { ...emptyCleanStats(), labelsFromCp: 0, labelsComputed: 0 };
  const provinces: ProvinceFeature[] = [];
  const labels: ProvinceLabelFeature[] = [];

  for (const [index, source] of map.features.entries()) {
    const shortName = source.properties.name;
    const names = DIVISION_NAMES[shortName];
    if (!names) throw new Error(`unknown division in the ECharts map: ${shortName}`);
    if (!source.geometry) continue;

    const polygons = cleanPolygons(decodeGeometry(source.geometry, scale), PROVINCE_DECIMALS, stats);
    if (polygons.length === 0) throw new Error(`${shortName} has no usable polygon`);

    const id = numericId(source.properties.id ?? source.id) ?? index;
    const properties: ProvinceProperties = { name_zh: names.zh, name_short: shortName, name_en: names.en, kind: names.kind };
    provinces.push({ type: 'Feature', id, properties, geometry: toGeometry(polygons) });

    if (names.kind !== 'province') continue;
    // ECharts' cp is the capital, a natural label anchor; it is only trusted if it lies on the province.
    const cp = source.properties.cp;
    let at: Position;
    if (cp && pointInPolygons(cp[0], cp[1], polygons)) {
      at = cp;
      stats.labelsFromCp += 1;
    } else {
      at = interiorPoint(largestPolygon(polygons)!);
      stats.labelsComputed += 1;
    }
    const point: Position = [roundTo(at[0]!, PROVINCE_DECIMALS), roundTo(at[1]!, PROVINCE_DECIMALS)];
    labels.push({ type: 'Feature', id, properties, geometry: { type: 'Point', coordinates: point } });
  }

  return {
    provinces: { type: 'FeatureCollection', features: provinces },
    labels: { type: 'FeatureCollection', features: labels },
    stats,
  };
}

function numericId(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}
