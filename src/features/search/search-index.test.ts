import { describe, expect, it } from 'vitest';
import type { ZoneFeature } from '../../schemas/zone';
import { testZone } from '../../test/zone';
import { buildSearchIndex, normalise, search } from './search-index';

const zone = (id: string, name_zh: string, name_en: string, province: string, city: string, aliases: string[] = []): ZoneFeature =>
  testZone(id, { name_zh, name_en, province, city, approved: '2012', aliases }, [104, 30]);

const index = buildSearchIndex([
  zone('lanzhou-new-area', '兰州新区', 'Lanzhou New Area', '甘肃省', '兰州市'),
  zone('xian-high-tech-zone', '西安高新技术产业开发区', "Xi'an High-tech Industrial Development Zone", '陕西省', '西安市', ['西安高新区']),
  zone('xixian-new-area', '陕西西咸新区', 'Xixian New Area', '陕西省', '西安市'),
  zone('liangjiang-new-area', '重庆两江新区', 'Liangjiang New Area', '重庆市', '重庆市'),
]);
const ids = (q: string) => search(index, q).flatMap((r) => (r.kind === 'zone' ? [r.id] : [`province:${r.name}`]));

describe('search', () => {
  it('finds 兰州新区 by Chinese name, pinyin and English name', () => {
    for (const q of ['兰州', 'lanzhou', 'Lanzhou New Area', 'LANZHOU xinqu', 'lzxq']) expect(ids(q)[0]).toBe('lanzhou-new-area');
  });

  it('reads polyphonic place names as places are read (重庆 is chongqing)', () => {
    expect(ids('chongqing')).toContain('liangjiang-new-area');
    expect(ids('liangjiang')[0]).toBe('liangjiang-new-area');
  });

  it('finds zones by alias, ignoring apostrophes and spaces', () => {
    expect(ids('西安高新区')[0]).toBe('xian-high-tech-zone');
    expect(ids("xi'an high")[0]).toBe('xian-high-tech-zone');
  });

  it('ranks a name match above a zone that is only in the city', () => {
    expect(ids('西咸')).toEqual(['xixian-new-area']);
    expect(ids('xian').slice(0, 2)).toEqual(['xian-high-tech-zone', 'xixian-new-area']);
  });

  it('ranks a query that ends on a whole syllable or word above one that stops inside it', () => {
    const crowded = buildSearchIndex([
      zone('a-changsha-etdz', '长沙经济技术开发区', 'Changsha ETDZ', '湖南省', '长沙市', ['星沙']),
      zone('b-xiangjiang-new-area', '湖南湘江新区', 'Xiangjiang New Area', '湖南省', '长沙市'),
      zone('c-xiaoshan-etdz', '萧山经济技术开发区', 'Xiaoshan ETDZ', '浙江省', '杭州市'),
      zone('z-xixian-new-area', '陕西西咸新区', 'Xixian New Area', '陕西省', '西安市'),
    ]);
    // "xi" is all of 西 (Xixian) but only the start of xiang, xiao and xing
    expect(search(crowded, 'xi')[0]).toMatchObject({ id: 'z-xixian-new-area' });
    expect(search(crowded, 'xiang')[0]).toMatchObject({ id: 'b-xiangjiang-new-area' });
  });

  it('offers provinces, with how many zones each has', () => {
    const result = search(index, 'shaanxi').find((r) => r.kind === 'province');
    expect(result).toMatchObject({ name: '陕西省', count: 2 });
  });

  describe('a place the query names', () => {
    const at = (id: string, lngLat: [number, number], city: string) => testZone(id, { name_zh: id, name_en: id, province: '江苏省', city }, lngLat);
    const zones = [
      at('wuxi-high-tech-zone', [120.36, 31.49], '无锡市'),
      at('nantong-etdz', [120.96, 31.96], '南通市'),
      at('pudong-new-area', [121.54, 31.22], '上海市'),
      at('xuzhou-zone', [117.18, 34.26], '徐州市'),
      at('far-zone', [104, 30], '成都市'),
    ];
    const place = (name_zh: string, label_zh: string, label_en: string, short_zh: string, short_en: string, province: string, lngLat: readonly [number, number]) => ({ name_zh, label_zh, label_en, short_zh, short_en, province, lngLat });
    // in the order of the basemap file: Anhui's 宿州 comes before Jiangsu's 苏州
    const places = [
      place('宿州市', '宿州', 'Suzhou', '宿州', 'Suzhou', '安徽省', [116.9841, 33.6339]),
      place('苏州市', '苏州', 'Suzhou', '苏州', 'Suzhou', '江苏省', [120.6196, 31.2994]),
      place('无锡市', '无锡', 'Wuxi', '无锡', 'Wuxi', '江苏省', [120.3017, 31.5747]),
      place('乌鲁木齐市', '乌鲁木齐', 'Ürümqi', '乌鲁木齐', 'Ürümqi', '新疆维吾尔自治区', [87.6177, 43.7928]),
      place('大理白族自治州', '大理州', 'Dali Pref.', '大理', 'Dali', '云南省', [100.2257, 25.5894]),
    ];
    const withPlaces = buildSearchIndex(zones, places);
    const nearOf = (q: string) => search(withPlaces, q).flatMap((r) => (r.kind === 'zone' && r.near ? [[r.id, r.near.place_zh, r.near.place_en, r.near.km]] : []));

    it('offers the zones nearest to it, nearest first, with the distance', () => {
      expect(nearOf('苏州')).toEqual([
        ['wuxi-high-tech-zone', '苏州', 'Suzhou', 33],
        ['nantong-etdz', '苏州', 'Suzhou', 80],
        ['pudong-new-area', '苏州', 'Suzhou', 88],
      ]);
      // a zone farther than 200 km is not offered
      expect(search(withPlaces, '苏州').some((r) => r.kind === 'zone' && r.id === 'far-zone')).toBe(false);
    });

    it('measures from the nearer of two places one spelling names, nearest first whatever their order, and says which', () => {
      expect(nearOf('suzhou')).toEqual([
        ['wuxi-high-tech-zone', '苏州', 'Suzhou (Jiangsu)', 33],
        ['xuzhou-zone', '宿州', 'Suzhou (Anhui)', 72],
        ['nantong-etdz', '苏州', 'Suzhou (Jiangsu)', 80],
      ]);
    });

    it('takes the full name, the short name, pinyin or English with or without accents, not a few letters', () => {
      for (const q of ['苏州市', 'su zhou']) expect(search(withPlaces, q)[0], q).toMatchObject({ id: 'wuxi-high-tech-zone', near: { place_zh: '苏州' } });
      for (const q of ['乌鲁木齐', 'Urumqi', 'ürümqi', 'wulumuqi', '大理', 'Dali', '大理州', 'Dali Pref.']) expect(withPlaces.places.some((p) => p.keys.includes(normalise(q))), q).toBe(true);
      expect(search(withPlaces, '苏')).toEqual([]);
      expect(search(withPlaces, 'suz')).toEqual([]);
    });

    it('lists a zone the query finds by itself first, without a distance, and does not repeat it', () => {
      const results = search(withPlaces, '无锡');
      expect(results[0]).toMatchObject({ id: 'wuxi-high-tech-zone' });
      expect(results[0]).not.toHaveProperty('near');
      expect(results.filter((r) => r.kind === 'zone' && r.id === 'wuxi-high-tech-zone')).toHaveLength(1);
      expect(results[1]).toMatchObject({ id: 'nantong-etdz', near: { place_zh: '无锡' } });
    });

    it('gives nothing near a place without zones within reach, and nothing without places', () => {
      expect(nearOf('Urumqi')).toEqual([]);
      expect(search(buildSearchIndex(zones), '苏州')).toEqual([]);
    });
  });

  it('returns nothing for an empty query or a miss', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'atlantis')).toEqual([]);
  });
});
