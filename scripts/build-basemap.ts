/**
 * Writes the offline basemap (provinces, their label points, neighbouring countries, prefecture-level places) into
 * public/basemap/ from map data shipped in node_modules, so the app never fetches tiles.
 * Runs before every dev/build; output is deterministic for the same package versions.
 *
 * Sources: echarts@4.9.0 map/json/china.json and map/json/province/*.json (Apache-2.0) and world-atlas countries-50m.json
 * (Natural Earth, public domain).
 */
import { buildBasemap, type BasemapSummary } from './lib/basemap-build';

function main() {
  const started = performance.now();
  const summary = buildBasemap();
  for (const f of summary.files) {
    console.log(`basemap: ${f.name} ${f.features} features, ${(f.bytes / 1024).toFixed(0)} KiB`);
  }
  const rings = (r: BasemapSummary['provinceRings']) =>
    `${r.rings} rings, ${r.reversed} rewound, ${r.droppedRings} degenerate dropped`;
  console.log(`basemap: provinces ${rings(summary.provinceRings)}; countries ${rings(summary.countryRings)}`);
  console.log(`basemap: labels ${summary.labelsFromCp} at ECharts cp, ${summary.labelsComputed} computed`);
  const c = summary.cities;
  console.log(`basemap: places ${c.placed}; left out: dissolved ${c.dissolved.join(', ') || 'none'}, repeated ${c.repeated.join(', ') || 'none'}, without a point ${c.withoutPoint.join(', ') || 'none'}`);
  console.log(`basemap: done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

try {
  main();
} catch (error) {
  console.error("basemap: build failed", error);
  process.exitCode = 1;
}
