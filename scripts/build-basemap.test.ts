import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap } from './lib/basemap-build';
import { ringSignedArea } from './lib/echarts-geo';
import { loadProvinces, pointInPolygons, provinceAt, type ProvinceFeature } from './lib/provinces';

// Written out independently of the build's own name table, so a typo there shows up here.
const EXPECTED_NAMES: Record<string, string> = {
  北京市: 'Beijing', 天津市: 'Tianjin', 河北省: 'Hebei', 山西省: 'Shanxi', 内蒙古自治区: 'Inner Mongolia',
  辽宁省: 'Liaoning', 吉林省: 'Jilin', 黑龙江省: 'Heilongjiang', 上海市: 'Shanghai', 江苏省: 'Jiangsu',
  浙江省: 'Zhejiang', 安徽省: 'Anhui', 福建省: 'Fujian', 江西省: 'Jiangxi', 山东省: 'Shandong', 河南省: 'Henan',
  湖北省: 'Hubei', 湖南省: 'Hunan', 广东省: 'Guangdong', 广西壮族自治区: 'Guangxi', 海南省: 'Hainan',
  重庆市: 'Chongqing', 四川省: 'Sichuan', 贵州省: 'Guizhou', 云南省: 'Yunnan', 西藏自治区: 'Tibet',
  陕西省: 'Shaanxi', 甘肃省: 'Gansu', 青海省: 'Qinghai', 宁夏回族自治区: 'Ningxia', 新疆维吾尔自治区: 'Xinjiang',
  台湾省: 'Taiwan', 香港特别行政区: 'Hong Kong', 澳门特别行政区: 'Macao',
};

type Polygons = FeatureCollection<Polygon | MultiPolygon, { name_en: string; id: string | null }>;

let dir: string;
let provinces: ProvinceFeature[];
let labels: FeatureCollection<Point, ProvinceFeature['properties']>;
let countries: Polygons;

const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'basemap-'));
  buildBasemap(dir);
  provinces = loadProvinces(join(dir, 'provinces.geojson'));
  labels = readJson('province-labels.geojson');
  countries = readJson('countries.geojson');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('provinces.geojson', () => {
  it('has the 34 provincial-level divisions with full Chinese and English names', () => {
    const real = provinces.filter((f) => f.properties.kind === 'province');
    expect(real).toHaveLength(34);
    const names = Object.fromEntries(real.map((f) => [f.properties.name_zh, f.properties.name_en]));
    expect(names).toEqual(EXPECTED_NAMES);
    expect(real.find((f) => f.properties.name_zh === '甘肃省')?.properties.name_short).toBe('甘肃');
  });

  it('uses the division codes as feature ids', () => {
    expect(provinces.find((f) => f.properties.name_zh === '北京市')?.id).toBe(110000);
    expect(new Set(provinces.map((f) => f.id)).size).toBe(provinces.length);
  });

  it('winds outer rings counter-clockwise and holes clockwise, with closed rings', () => {
    for (const f of provinces) {
      for (const polygon of polygonsOf(f.geometry)) {
        for (const [i, ring] of polygon.entries()) {
          expect(ring.length, f.properties.name_zh).toBeGreaterThanOrEqual(4);
          expect(ring[0], f.properties.name_zh).toEqual(ring[ring.length - 1]);
          const area = ringSignedArea(ring);
          if (i === 0) expect(area, f.properties.name_zh).toBeGreaterThan(0);
          else expect(area, f.properties.name_zh).toBeLessThan(0);
        }
      }
    }
  });

  it('rounds coordinates to 4 decimals', () => {
    for (const f of provinces) {
      for (const p of polygonsOf(f.geometry).flat(2)) {
        for (const v of p) expect(Math.abs(v * 1e4 - Math.round(v * 1e4))).toBeLessThan(1e-6);
      }
    }
  });
});

describe('province-labels.geojson', () => {
  it('has exactly one point per province, inside that province', () => {
    expect(labels.features).toHaveLength(34);
    expect(new Set(labels.features.map((f) => f.properties.name_zh))).toEqual(new Set(Object.keys(EXPECTED_NAMES)));
    for (const label of labels.features) {
      const [lon, lat] = label.geometry.coordinates as [number, number];
      const own = provinces.find((f) => f.properties.name_zh === label.properties.name_zh)!;
      expect(pointInPolygons(lon, lat, polygonsOf(own.geometry)), label.properties.name_zh).toBe(true);
    }
  });
});

describe('provinceAt on the built provinces', () => {
  it.each([
    ['Lanzhou', 103.83, 36.06, '甘肃省'],
    ['Chongqing', 106.55, 29.56, '重庆市'],
    ['Beijing', 116.4, 39.9, '北京市'],
    ['Shanghai Pudong', 121.54, 31.22, '上海市'],
    ['Dalian', 121.61, 38.91, '辽宁省'],
    ['the East China Sea', 125, 30, null],
  ])('puts %s in %s', (_place, lon, lat, expected) => {
    expect(provinceAt(lon, lat, provinces)).toBe(expected);
  });
});

describe('countries.geojson', () => {
  const ids = () => countries.features.map((f) => f.properties.id);

  it('keeps the neighbours and drops what the provinces already cover', () => {
    const names = countries.features.map((f) => f.properties.name_en);
    expect(names).toEqual(expect.arrayContaining(['Mongolia', 'Russia', 'India', 'Japan', 'Vietnam', 'Kazakhstan']));
    for (const covered of ['156', '158', '344', '446']) expect(ids()).not.toContain(covered);
    // The Aleutians put the United States' whole-country box across every longitude.
    expect(names).not.toContain('United States of America');
    expect(names).not.toContain('Australia');
  });

  it('winds every ring validly and never jumps across the antimeridian', () => {
    for (const f of countries.features) {
      for (const polygon of polygonsOf(f.geometry)) {
        for (const [i, ring] of polygon.entries()) {
          const area = ringSignedArea(ring);
          if (i === 0) expect(area, f.properties.name_en).toBeGreaterThan(0);
          else expect(area, f.properties.name_en).toBeLessThan(0);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          for (let k = 1; k < ring.length; k++) {
            expect(Math.abs(ring[k]![0]! - ring[k - 1]![0]!), f.properties.name_en).toBeLessThan(180);
          }
        }
      }
    }
  });
});

describe('cities.geojson', () => {
  type City = FeatureCollection<Point, { name_zh: string; label_zh: string; label_en: string; short_zh: string; short_en: string; province: string; rank: number }>;
  it('places each place once, inside the province it is said to be in, and names it in both languages', () => {
    const cities = readJson<City>('cities.geojson').features;
    expect(cities.length).toBeGreaterThan(350);
    expect(new Set(cities.map((c) => c.properties.name_zh)).size).toBe(cities.length);
    for (const { properties: p, geometry } of cities) {
      const [lon, lat] = geometry.coordinates as [number, number];
      // 三沙市's point is on an island the simplified coastline leaves out
      if (p.name_zh !== '三沙市') expect(provinceAt(lon, lat, provinces), p.name_zh).toBe(p.province);
      expect(p.label_zh, p.name_zh).toMatch(/^\p{Script=Han}+$/u);
      // no ethnic name or "autonomous" is left in a label
      expect(p.label_zh, p.name_zh).not.toMatch(/族|自治/);
      expect(p.label_en, p.name_zh).toMatch(/^[A-ZÜ][A-Za-zÜüÊêô' .]+$/);
      expect(p.label_zh.startsWith(p.short_zh) && p.label_en.startsWith(p.short_en), p.name_zh).toBe(true);
    }
    const byName = new Map(cities.map((c) => [c.properties.name_zh, c]));
    // a merged city is not shown, nor a place the data gives no point for
    expect(byName.has('莱芜市')).toBe(false);
    expect(byName.has('哈密市')).toBe(false);
    // municipalities' districts, Hong Kong, Macao and Taiwan are not places of this layer
    expect(byName.has('东城区')).toBe(false);
    expect(byName.get('乌鲁木齐市')?.properties).toMatchObject({ label_zh: '乌鲁木齐', label_en: 'Ürümqi', province: '新疆维吾尔自治区', rank: 0 });
    expect(byName.get('兰州市')?.geometry.coordinates).toEqual([103.8236, 36.058]);
    // the 27 provincial capitals come first where labels collide
    expect(cities.filter((c) => c.properties.rank === 0)).toHaveLength(27);
  });
});

describe('build', () => {
  it('is deterministic', () => {
    const again = mkdtempSync(join(tmpdir(), 'basemap-'));
    try {
      buildBasemap(again);
      for (const name of ['provinces.geojson', 'province-labels.geojson', 'countries.geojson', 'cities.geojson']) {
        expect(readFileSync(join(again, name), 'utf8') === readFileSync(join(dir, name), 'utf8'), name).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
