import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDataCheck, type CheckPaths } from './data-check';

const cite = [{ title: '国务院关于同意设立甲新区的批复', publisher: '国务院' }];
const zone = (id: string, lon: number, lat: number, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: {
    id, name_zh: '甲新区', name_en: 'Jia New Area', type: 'new-area', province: '甲省', city: '甲市',
    approved: '2012-08', area_km2: null, sources: { approved: cite, area_km2: [], position: cite }, ...extra,
  },
});
const square = { type: 'Polygon', coordinates: [[[100, 30], [104, 30], [104, 34], [100, 34], [100, 30]]] };
const provinces = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name_zh: '甲省', name_short: '甲', name_en: 'Jia', kind: 'province' }, geometry: square }] };
const half = (name: string, x0: number, x1: number) => ({ properties: { name }, geometry: { type: 'Polygon', coordinates: [[[x0, 30], [x1, 30], [x1, 34], [x0, 34], [x0, 30]]] } });
const prefectures = { UTF8Encoding: false, features: [half('甲市', 100, 103.5), half('乙市', 103.5, 104)] };
const SEED = '甲新区2023年进出口\n总额为 647.27亿元，\n同比增长 5%。';
const articles = (text: string) => [
  { id: '000', seed: '000_abc.txt', headline: '标题', headline_en: 'Headline', byline: '记者', byline_en: 'reporter', publication: { value: null, inferred: false }, date: { value: '2024', inferred: false }, excerpts: [{ id: '000-trade', zones: ['jia-new-area'], text }] },
];
const indicators = (subject: string) => ({
  definitions: [{ id: 'foreign_trade', label_zh: '进出口总额', label_en: 'Foreign trade', kind: 'level' }],
  rows: [{ subject, scope: 'zone', indicator: 'foreign_trade', value: 647.27, unit: '亿元', period: '2023', source: { kind: 'article', article_id: '000', sentence: '甲新区2023年进出口总额为647.27亿元' } }],
});

let root: string;
let paths: CheckPaths;
const write = (name: string, value: unknown) => writeFileSync(join(root, name), typeof value === 'string' ? value : JSON.stringify(value));

let tempDir: string;
afterEach(() => rmSync(tempDir, { recursive: true, force: true }));

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
  tempDir = dir;
  root = join(dir, 'project');
  mkdirSync(join(root, 'data'), { recursive: true });
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', '000_abc.txt'), SEED);
  writeFileSync(join(dir, 'provinces.geojson'), JSON.stringify(provinces));
  // prefecture outlines in ECharts' format (plain coordinates): 甲市 west of 103.5°E, 乙市 east of it
  mkdirSync(join(dir, 'prefectures'));
  writeFileSync(join(dir, 'prefectures', 'gansu.json'), JSON.stringify(prefectures));
  paths = { root, seeds: join(dir, 'seeds'), provinces: join(dir, 'provinces.geojson'), buildBasemap: false, prefectures: join(dir, 'prefectures') };
  write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32)] });
  write('data/articles.json', articles('甲新区2023年进出口总额为647.27亿元'));
  write('data/indicators.json', indicators('jia-new-area'));
});

describe('runDataCheck', () => {
  it('passes consistent files and reports counts', () => {
    const result = runDataCheck(paths);
    expect(result.errors).toEqual([]);
    expect(result.report).toContain('articles: 1, excerpts: 1');
    expect(result.report).toContain('verbatim check run: 2 quotes against 1 seed articles');
  });

  it('fails a point outside its stated city unless the Chinese notes name the prefecture it lies in; leaves municipalities alone', () => {
    expect(runDataCheck(paths).report).toContain('city check: 1 zones in their stated city; outside it, explained in notes: none; not checked (municipalities): 0');
    const at = (lon: number, extra: Record<string, unknown> = {}) => write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', lon, 32, extra)] });
    at(103.8);
    expect(runDataCheck(paths).errors).toEqual(['zone jia-new-area: point 103.8,32 lies in 乙市, not 甲市, and notes_zh do not name 乙市']);
    // a passing mention of the short name is not enough
    at(103.8, { notes: 'Spans parts of Jia and Yi.', notes_zh: '横跨甲、乙两地。' });
    expect(runDataCheck(paths).errors).toEqual(['zone jia-new-area: point 103.8,32 lies in 乙市, not 甲市, and notes_zh do not name 乙市']);
    at(103.8, { notes: 'The point lies in Yi, which the new area administers.', notes_zh: '点位在乙市境内，由新区管理。' });
    const explained = runDataCheck(paths);
    expect(explained.errors).toEqual([]);
    expect(explained.report).toContain('city check: 0 zones in their stated city; outside it, explained in notes: jia-new-area in 乙市; not checked (municipalities): 0');
    at(103.8, { province: '甲市' });
    const municipal = runDataCheck(paths);
    expect(municipal.errors.filter((e) => e.includes('lies in'))).toEqual(['zone jia-new-area: point 103.8,32 lies in 甲省, not 甲市']);
    expect(municipal.report).toContain('city check: 0 zones in their stated city; outside it, explained in notes: none; not checked (municipalities): 1');
    const noOutlines = runDataCheck({ ...paths, prefectures: null });
    expect(noOutlines.warnings).toEqual(['city check NOT run: no prefecture outlines found (is the echarts package installed?)']);
  });

  it('fails an excerpt that is not verbatim', () => {
    write('data/articles.json', articles('甲新区2023年进出口总额为647.28亿元'));
    expect(runDataCheck(paths).errors).toEqual([expect.stringContaining('excerpt 000-trade: not verbatim')]);
  });

  it('does not fail, but says so, when the seed articles are absent', () => {
    const result = runDataCheck({ ...paths, seeds: join(root, 'no-such-folder') });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([expect.stringContaining('verbatim check NOT run')]);
  });

  it('fails a linked citation that does not say whether its page was seen, and counts the others', () => {
    const linked = (url_status?: string) => ({ title: '甲新区', publisher: '维基百科', url: 'https://zh.wikipedia.org/wiki/甲新区', ...(url_status ? { url_status } : {}) });
    const sources = { approved: [linked('seen')], area_km2: [], position: [linked('unconfirmed')] };
    write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32, { sources })] });
    const ok = runDataCheck(paths);
    expect(ok.errors).toEqual([]);
    expect(ok.report).toContain('citation links: 1 seen, 1 unconfirmed (address built from a title)');
    expect(ok.report).toContain('facts resting only on unread links: jia-new-area.position');
    // an empty planned area has nothing for its unread link to support
    const emptyArea = { ...sources, area_km2: [linked('unconfirmed')], position: [linked('seen')] };
    write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32, { area_km2: null, sources: emptyArea })] });
    expect(runDataCheck(paths).report).toContain('facts resting only on unread links: none');
    write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32, { area_km2: 12, sources: emptyArea })] });
    expect(runDataCheck(paths).report).toContain('facts resting only on unread links: jia-new-area.area_km2');
    write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32, { sources: { ...sources, position: [linked()] } })] });
    expect(runDataCheck(paths).errors).toEqual(['zone jia-new-area position: citation https://zh.wikipedia.org/wiki/甲新区 has no url_status (seen or unconfirmed)']);
  });

  it('does not count a source that gives a different value as support for the value shown', () => {
    const page = (url_status: string, disagrees?: true) => ({ title: '甲新区', publisher: '维基百科', url: 'https://zh.wikipedia.org/wiki/甲新区', url_status, ...(disagrees ? { disagrees } : {}) });
    // a page that was read but disagrees leaves the position resting on the unread link alone
    const position = [page('seen', true), page('unconfirmed')];
    write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32, { sources: { approved: cite, area_km2: [], position } })] });
    const readButDisagrees = runDataCheck(paths);
    expect(readButDisagrees.errors).toEqual([]);
    expect(readButDisagrees.report).toContain('facts resting only on unread links: jia-new-area.position');
    // a fact whose every citation disagrees has no source for the value shown
    write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32, { sources: { approved: cite, area_km2: [], position: [page('seen', true)] } })] });
    const noSupport = runDataCheck(paths);
    expect(noSupport.errors).toEqual(['zone jia-new-area: every citation for position gives a different value; none supports the value shown']);
    expect(noSupport.report).toContain('facts without sources: jia-new-area.position');
  });

  it('fails a position citation whose stated distance from the point does not fit the coordinates it gives', () => {
    const withNote = (note: string) => zone('jia-new-area', 102, 32, { sources: { approved: cite, area_km2: [], position: [{ title: '甲镇', publisher: 'GeoNames', note, note_zh: '仅用于核对。' }] } });
    // 32.1°N 102°E lies 11.1 km north of the point
    write('data/zones.geojson', { type: 'FeatureCollection', features: [withNote('Seat at 32.1°N 102°E, 11.1 km from the point.')] });
    expect(runDataCheck(paths).errors).toEqual([]);
    write('data/zones.geojson', { type: 'FeatureCollection', features: [withNote('Record: latitude 32.1, longitude 102. Used as a check only: 1.9 km from the point.')] });
    expect(runDataCheck(paths).errors).toEqual(['zone jia-new-area position: citation "甲镇" says 1.9 km from the point, but the coordinates it gives lie 11.1 km away']);
    // a note with two places does not say which one the distance is about, so it is not checked
    write('data/zones.geojson', { type: 'FeatureCollection', features: [withNote('Seats at 32.1°N 102°E and 32.5°N 102°E; one is 1.9 km from the point.')] });
    expect(runDataCheck(paths).errors).toEqual([]);
  });

  it('fails notes that call a position approximate when the data do not mark it so, and the reverse', () => {
    const withNotes = (extra: Record<string, unknown>) => write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32, extra)] });
    withNotes({ uncertain: ['position'], notes: 'Position approximate: no address found.', notes_zh: '点位为大致位置：未找到地址。' });
    expect(runDataCheck(paths).errors).toEqual([]);
    withNotes({ uncertain: ['position'], notes: 'Placed at the town seat.', notes_zh: '取镇驻地。' });
    expect(runDataCheck(paths).errors).toEqual([
      'zone jia-new-area: position is marked uncertain, but notes do not say it is approximate',
      'zone jia-new-area: position is marked uncertain, but notes_zh do not say it is approximate (近似/大致)',
    ]);
    // a settled point whose old citation still says it was placed roughly
    const position = [{ title: '甲新区', publisher: '维基百科', note: '位于甲市北部；点位近似' }];
    withNotes({ sources: { approved: cite, area_km2: [], position } });
    expect(runDataCheck(paths).errors).toEqual(['zone jia-new-area: position is settled, but a note on it calls it approximate']);
  });

  it('lists the zones that mark a fact as uncertain', () => {
    const features = [zone('jia-new-area', 102, 32, { uncertain: ['position'] }), zone('yi-new-area', 103, 33, { uncertain: ['position', 'approved'] })];
    write('data/zones.geojson', { type: 'FeatureCollection', features });
    const { report } = runDataCheck(paths);
    expect(report).toContain('uncertain position: 2 (jia-new-area, yi-new-area)');
    expect(report).toContain('uncertain approved: 1 (yi-new-area)');
  });

  it('fails a zone whose point lies outside its province', () => {
    write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 110, 32)] });
    expect(runDataCheck(paths).errors).toEqual(['zone jia-new-area: point 110,32 lies in no province, not 甲省', 'zone jia-new-area: point 110,32 lies in no prefecture, not 甲市']);
  });

  it('fails a reference to a zone that is not in the zones file', () => {
    write('data/indicators.json', indicators('yi-new-area'));
    expect(runDataCheck(paths).errors).toEqual([expect.stringContaining('unknown zone "yi-new-area"')]);
  });

  it('fails a park figure that does not name its park and zone, and a park name on a zone row', () => {
    const file = indicators('jia-new-area');
    const [base] = file.rows;
    write('data/indicators.json', {
      ...file,
      rows: [
        { ...base, scope: 'park', park: '甲港', park_en: 'Jia Port', zone: 'jia-new-area' },
        { ...base, scope: 'park', period: '2022' },
        { ...base, park: '乙港', period: '2021' },
      ],
    });
    expect(runDataCheck(paths).errors).toEqual([
      expect.stringContaining('indicator row 1 (jia-new-area foreign_trade 2022): a park row needs park and zone'),
      expect.stringContaining('indicator row 2 (jia-new-area foreign_trade 2021): park set on a zone row'),
    ]);
  });

  it('fails a national figure that does not say which kind of zone it adds up, and a group on any other row', () => {
    const file = indicators('jia-new-area');
    const [base] = file.rows;
    write('data/indicators.json', {
      ...file,
      rows: [
        { ...base, subject: 'national', scope: 'national', group: 'etdz' },
        { ...base, subject: 'national', scope: 'national', period: '2022' },
        { ...base, group: 'new-area', period: '2021' },
      ],
    });
    const errors = runDataCheck(paths).errors.join('\n');
    expect(errors).toContain('a national figure names the kind of zone it adds up (group)');
    expect(errors).toContain('only a national figure has a group');
    expect(errors).not.toContain('rows.0');
  });

  it('fails a Chinese park or company name without an English one, and an English name without the name', () => {
    const file = indicators('jia-new-area');
    const [base] = file.rows;
    write('data/indicators.json', {
      ...file,
      rows: [
        { ...base, scope: 'company', company: '甲公司', zone: 'jia-new-area' },
        { ...base, scope: 'company', company: 'Jia Port Co.', zone: 'jia-new-area', period: '2022' },
        { ...base, scope: 'park', park: '乙园', park_en: 'Yi Park', zone: 'jia-new-area', period: '2021' },
        { ...base, scope: 'park', park_en: 'Bing Park', zone: 'jia-new-area', period: '2020' },
      ],
    });
    expect(runDataCheck(paths).errors).toEqual([
      expect.stringContaining('indicator row 0 (jia-new-area foreign_trade 2023): company "甲公司" has no English name (company_en)'),
      expect.stringContaining('indicator row 3 (jia-new-area foreign_trade 2020): a park row needs park and zone'),
      expect.stringContaining('indicator row 3 (jia-new-area foreign_trade 2020): park_en without park'),
    ]);
  });

  it("fails an article whose headline, paper or date has no version for the other language's readers", () => {
    const [article] = articles('甲新区2023年进出口总额为647.27亿元');
    write('data/articles.json', [{ ...article, headline_en: undefined, byline_en: undefined, publication: { value: '某日报', inferred: false }, date: { value: 'March 2024', inferred: true } }]);
    expect(runDataCheck(paths).errors).toEqual([
      'article 000: no English headline (headline_en)',
      'article 000: no English byline (byline_en)',
      'article 000: publication "某日报" has no English value (value_en)',
      'article 000: date "March 2024" has no Chinese value (value_zh)',
    ]);
  });

  it('fails a zone with an area but no citation for it', () => {
    write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32, { area_km2: 100 })] });
    expect(runDataCheck(paths).errors).toEqual(['zone jia-new-area: no citation for area_km2']);
  });

  it('fails a note that is in one language only', () => {
    const notes = { area_note: 'Planned area in the reply.', notes: 'Position approximate.', notes_zh: '位置为大致位置。', uncertain: ['position'] };
    write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32, notes), zone('yi-new-area', 103, 33, { area_note_zh: '批复中的规划面积。' })] });
    expect(runDataCheck(paths).errors).toEqual([
      'zone jia-new-area: area_note has no Chinese version (area_note_zh)',
      'zone yi-new-area: area_note_zh has no English version (area_note)',
    ]);
  });

  it('fails an indicator note that is in one language only, or whose Chinese version is not Chinese', () => {
    const file = indicators('jia-new-area');
    const [base] = file.rows;
    write('data/indicators.json', {
      ...file,
      rows: [
        { ...base, note: 'goods trade', note_zh: '货物贸易' },
        { ...base, period: '2022', note: 'goods trade' },
        { ...base, period: '2021', note_zh: '货物贸易' },
        { ...base, period: '2020', note: 'goods trade', note_zh: 'goods trade' },
      ],
    });
    expect(runDataCheck(paths).errors).toEqual([
      expect.stringContaining('indicator row 1 (jia-new-area foreign_trade 2022): note has no Chinese version (note_zh)'),
      expect.stringContaining('indicator row 2 (jia-new-area foreign_trade 2021): note_zh has no English version (note)'),
      expect.stringContaining('indicator row 3 (jia-new-area foreign_trade 2020): note_zh is not in Chinese'),
    ]);
  });

  it('fails a citation note with English remarks and no Chinese version, but not one that only quotes its source', () => {
    const position = [
      { title: 'A', publisher: 'P', note: '“In 2023 the area reached 26.93 billion yuan.”' }, // only a quotation: fine
      { title: 'B', publisher: 'P', note: '“甲新区”; the committee sits there.', note_zh: '“甲新区”；管委会驻于此。' }, // translated: fine
      { title: 'C', publisher: 'P', note: '“甲新区” Weak confirmation: only the reprint was read.' },
      { title: 'D', publisher: 'P', note: 'Read on a reprint.', note_zh: 'Read on a reprint.' },
      { title: 'E', publisher: 'P', note_zh: '读自转载页。' },
    ];
    write('data/zones.geojson', { type: 'FeatureCollection', features: [zone('jia-new-area', 102, 32, { sources: { approved: cite, area_km2: [], position } })] });
    expect(runDataCheck(paths).errors).toEqual([
      'zone jia-new-area position: citation note has remarks in English but no Chinese version (note_zh)',
      'zone jia-new-area position: citation note_zh is not in Chinese',
      'zone jia-new-area position: citation note_zh without a note',
    ]);
  });

  it('fails when the province polygons are missing and may not be built', () => {
    const result = runDataCheck({ ...paths, provinces: join(root, 'missing.geojson') });
    expect(result.errors).toEqual([expect.stringContaining('province check NOT run')]);
  });
});
