/** Builds the basemap GeoJSON files from the map data shipped in node_modules. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCities, CITY_PROVINCE_FILES } from './basemap-cities';
import { buildCountries, type Topology } from './basemap-countries';
import { buildProvinces, type EchartsMap } from './basemap-provinces';

const require = createRequire(import.meta.url);

export const DEFAULT_OUT_DIR = fileURLToPath(new URL('../../public/basemap/', import.meta.url));

export type BasemapSummary = {
  files: { name: string; bytes: number; features: number }[];
  provinceRings: { rings: number; reversed: number; droppedRings: number };
  countryRings: { rings: number; reversed: number; droppedRings: number };
  labelsFromCp: number;
  labelsComputed: number;
  cities: { placed: number; dissolved: string[]; repeated: string[]; withoutPoint: string[] };
};

const readJson = (specifier: string): unknown => JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));

export function buildBasemap(outDir: string = DEFAULT_OUT_DIR): BasemapSummary {
  const { provinces, labels, stats } = buildProvinces(readJson('echarts/map/json/china.json') as EchartsMap);
  const { countries, stats: countryStats } = buildCountries(readJson('world-atlas/countries-50m.json') as Topology);
  const { cities, stats: cityStats } = buildCities(
    Object.entries(CITY_PROVINCE_FILES).map(([file, province]) => ({ province, map: readJson(`echarts/map/json/province/${file}.json`) as EchartsMap })),
  );

  mkdirSync(outDir, { recursive: true });
  const outputs = [
    ['provinces.geojson', provinces],
    ['province-labels.geojson', labels],
    ['countries.geojson', countries],
    ['cities.geojson', cities],
  ] as const;
  const files = outputs.map(([name, collection]) => {
    const text = `${JSON.stringify(collection)}\n`;
    writeFileSync(join(outDir, name), text);
    return { name, bytes: Buffer.byteLength(text), features: collection.features.length };
  });

  const { labelsFromCp, labelsComputed, ...provinceRings } = stats;
  return { files, provinceRings, countryRings: countryStats, labelsFromCp, labelsComputed, cities: cityStats };
}
