import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDataCheck, type CheckPaths } from './data-check';

// A one-zone project, as in data-check.test.ts, to which each test adds a tours file.
const cite = [{ title: '国务院关于同意设立甲新区的批复', publisher: '国务院' }];
const zones = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature', id: 'jia-new-area', geometry: { type: 'Point', coordinates: [102, 32] },
      properties: { id: 'jia-new-area', name_zh: '甲新区', name_en: 'Jia New Area', type: 'new-area', province: '甲省', city: '甲市', approved: '2012-08', area_km2: null, sources: { approved: cite, area_km2: [], position: cite } },
    },
  ],
};
const provinces = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name_zh: '甲省', name_short: '甲', name_en: 'Jia', kind: 'province' }, geometry: { type: 'Polygon', coordinates: [[[100, 30], [104, 30], [104, 34], [100, 34], [100, 30]]] } }],
};
const articles = [{ id: '000', seed: '000_abc.txt', headline: '标题', headline_en: 'Headline', byline: '记者', byline_en: 'reporter', publication: { value: null, inferred: false }, date: { value: '2024', inferred: false }, excerpts: [{ id: '000-jia', zones: ['jia-new-area'], text: '甲新区设立' }] }];
const indicators = { definitions: [{ id: 'n', label_zh: '数', label_en: 'n', kind: 'count' }], rows: [] };
const view = { center: [102, 32], zoom: 8 };
const caption = { zh: '甲新区', en: 'Jia New Area' };
const tours = (steps: unknown[]) => [{ id: 'jia-tour', title: caption, steps }];

let root: string;
let paths: CheckPaths;
const write = (name: string, value: unknown) => writeFileSync(join(root, name), JSON.stringify(value));

let tempDir: string;
afterEach(() => rmSync(tempDir, { recursive: true, force: true }));

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'data-check-tours-'));
  tempDir = dir;
  root = join(dir, 'project');
  mkdirSync(join(root, 'data'), { recursive: true });
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', '000_abc.txt'), '甲新区设立。');
  writeFileSync(join(dir, 'provinces.geojson'), JSON.stringify(provinces));
  paths = { root, seeds: join(dir, 'seeds'), provinces: join(dir, 'provinces.geojson'), buildBasemap: false };
  write('data/zones.geojson', zones);
  write('data/articles.json', articles);
  write('data/indicators.json', indicators);
});

describe('runDataCheck on data/tours.json', () => {
  it('passes a tour whose zones and sources exist, and reports it', () => {
    write('data/tours.json', tours([{ kind: 'zone', zone: 'jia-new-area', view, caption, source: { article_id: '000', excerpt_id: '000-jia' } }]));
    const result = runDataCheck(paths);
    expect(result.errors).toEqual([]);
    expect(result.report).toContain('tours: 1 (1 steps), 1 zone references checked');
  });

  it('fails a zone or compare id that is not in the zones file', () => {
    write('data/tours.json', tours([{ kind: 'zone', zone: 'yi-new-area', view, caption }, { kind: 'compare', compare: ['jia-new-area', 'bing-etdz'], view, caption }]));
    expect(runDataCheck(paths).errors).toEqual([
      'tour jia-tour step 1: unknown zone "yi-new-area" (not in zones.geojson)',
      'tour jia-tour step 2: unknown zone "bing-etdz" (not in zones.geojson)',
    ]);
  });

  it("holds a caption that cites the zone data to the zone's approval date", () => {
    const right = { zh: '甲新区：2012年8月获批。', en: 'Jia New Area, approved in August 2012.' };
    const wrong = { zh: '甲新区：2012年9月获批。', en: 'Jia New Area, approved in September 2012.' };
    write('data/tours.json', tours([{ kind: 'zone', zone: 'jia-new-area', view, caption: right, source: { data: 'zones' } }, { kind: 'zone', zone: 'jia-new-area', view, caption: wrong, source: { data: 'zones' } }]));
    expect(runDataCheck(paths).errors).toEqual(["tour jia-tour step 2: caption does not give jia-new-area's approval date (2012年8月) from the zone data"]);
  });

  it('fails an unknown excerpt and a file that breaks the schema', () => {
    write('data/tours.json', tours([{ kind: 'regions', view, caption, source: { article_id: '000', excerpt_id: '000-nope' } }]));
    expect(runDataCheck(paths).errors).toEqual(['tour jia-tour step 1: unknown excerpt 000-nope']);
    write('data/tours.json', tours([{ kind: 'compare', view, caption }]));
    expect(runDataCheck(paths).errors).toEqual([expect.stringMatching(/tours\.json: 0\.steps\.0\.compare: /)]);
  });
});
