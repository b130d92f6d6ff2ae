import { describe, expect, it } from 'vitest';
import { nearestProvince, pointInPolygon, provinceAt, provincesAt, type ProvinceFeature } from './provinces';

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

const feature = (name_zh: string, geometry: ProvinceFeature['geometry'], kind: 'province' | 'islands' = 'province'): ProvinceFeature => ({
  type: 'Feature',
  properties: { name_zh, name_short: name_zh, name_en: name_zh, kind },
  geometry,
});

// A ring province with a hole, where a second province sits (like Beijing inside Hebei would).
const fixtures: ProvinceFeature[] = [
  feature('外省', { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2).reverse()] }),
  feature('内市', { type: 'Polygon', coordinates: [square(4, 4, 2)] }),
  feature('群岛省', { type: 'MultiPolygon', coordinates: [[square(20, 0, 1)], [square(30, 0, 1)]] }),
  feature('南海诸岛', { type: 'Polygon', coordinates: [square(40, 0, 5)] }, 'islands'),
];

describe('pointInPolygon', () => {
  it('honours holes', () => {
    const rings = [square(0, 0, 10), square(4, 4, 2)];
    expect(pointInPolygon(1, 1, rings)).toBe(true);
    expect(pointInPolygon(5, 5, rings)).toBe(false);
    expect(pointInPolygon(11, 5, rings)).toBe(false);
  });
});

describe('provinceAt', () => {
  it('finds the province around a point, skipping the hole', () => {
    expect(provinceAt(1, 1, fixtures)).toBe('外省');
    expect(provinceAt(5, 5, fixtures)).toBe('内市');
  });

  it('checks every part of a MultiPolygon', () => {
    expect(provinceAt(30.5, 0.5, fixtures)).toBe('群岛省');
  });

  it('returns null in the sea and never answers with a non-province feature', () => {
    expect(provinceAt(15, 5, fixtures)).toBeNull();
    expect(provinceAt(42, 2, fixtures)).toBeNull();
  });
});

describe('provincesAt', () => {
  it('lists every province whose outline contains the point', () => {
    const overlapping = [...fixtures, feature('邻省', { type: 'Polygon', coordinates: [square(9, 0, 3)] })];
    expect(provincesAt(9.5, 1, overlapping)).toEqual(['外省', '邻省']);
    expect(provincesAt(15, 5, overlapping)).toEqual([]);
  });
});

describe('nearestProvince', () => {
  it('reports containment as distance zero', () => {
    expect(nearestProvince(1, 1, fixtures, 50)).toEqual({ name_zh: '外省', km: 0 });
  });

  it('finds a boundary just off shore, within the limit only', () => {
    // 0.1° east of 群岛省's first part at the equator is about 11.1 km.
    const near = nearestProvince(21.1, 0.5, fixtures, 20);
    expect(near?.name_zh).toBe('群岛省');
    expect(near?.km).toBeCloseTo(11.13, 1);
    expect(nearestProvince(21.1, 0.5, fixtures, 5)).toBeNull();
  });
});
