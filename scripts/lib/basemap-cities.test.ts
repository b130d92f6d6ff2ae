import { describe, expect, it } from 'vitest';
import { buildCities, cityLabels, romanise } from './basemap-cities';
import type { EchartsMap } from './basemap-provinces';

describe('cityLabels', () => {
  it.each([
    ['兰州市', '兰州', 'Lanzhou'],
    ['西安市', '西安', "Xi'an"],
    ['吕梁市', '吕梁', 'Lüliang'],
    ['昌吉回族自治州', '昌吉州', 'Changji Pref.'],
    ['黔西南布依族苗族自治州', '黔西南州', 'Qianxinan Pref.'],
    ['克孜勒苏柯尔克孜自治州', '克孜勒苏州', 'Kizilsu Pref.'],
    ['海西蒙古族藏族自治州', '海西州', 'Haixi Pref.'],
    ['保亭黎族苗族自治县', '保亭县', 'Baoting County'],
    ['阿克苏地区', '阿克苏', 'Aksu'],
    ['喀什地区', '喀什', 'Kashgar'],
    ['兴安盟', '兴安盟', 'Hinggan League'],
    ['神农架林区', '神农架林区', 'Shennongjia Forestry District'],
    ['乌鲁木齐市', '乌鲁木齐', 'Ürümqi'],
    ['哈尔滨市', '哈尔滨', 'Harbin'],
    ['定安县', '定安县', "Ding'an County"],
  ])('%s → %s / %s', (full, zh, en) => {
    expect(cityLabels(full)).toMatchObject({ label_zh: zh, label_en: en });
  });

  it('gives the name without its kind as well, which people search by', () => {
    expect(cityLabels('大理白族自治州')).toEqual({ label_zh: '大理州', label_en: 'Dali Pref.', short_zh: '大理', short_en: 'Dali' });
    expect(cityLabels('乌鲁木齐市')).toMatchObject({ short_zh: '乌鲁木齐', short_en: 'Ürümqi' });
  });

  it('writes pinyin with the apostrophe only before a syllable that starts with a vowel', () => {
    expect(romanise('马鞍山')).toBe("Ma'anshan");
    expect(romanise('淮安')).toBe("Huai'an");
    expect(romanise('西宁')).toBe('Xining');
  });
});

describe('buildCities', () => {
  const map = (features: { name: string; cp?: [number, number] }[]): EchartsMap => ({
    UTF8Encoding: true,
    features: features.map((properties) => ({ properties, geometry: null })),
  });

  it('puts each place at its label point, once, and leaves out dissolved places and places without a point', () => {
    const { cities, stats } = buildCities([
      { province: '甲省', map: map([{ name: '甲市', cp: [100.123456, 30.987654] }, { name: '甲市' }, { name: '莱芜市', cp: [117.7, 36.2] }, { name: '乙市' }, { name: '兰州市', cp: [103.8236, 36.058] }]) },
    ]);
    expect(cities.features).toEqual([
      { type: 'Feature', properties: { name_zh: '甲市', label_zh: '甲', label_en: 'Jia', short_zh: '甲', short_en: 'Jia', province: '甲省', rank: 1 }, geometry: { type: 'Point', coordinates: [100.1235, 30.9877] } },
      { type: 'Feature', properties: { name_zh: '兰州市', label_zh: '兰州', label_en: 'Lanzhou', short_zh: '兰州', short_en: 'Lanzhou', province: '甲省', rank: 0 }, geometry: { type: 'Point', coordinates: [103.8236, 36.058] } },
    ]);
    expect(stats).toEqual({ placed: 2, dissolved: ['莱芜市'], repeated: ['甲市'], withoutPoint: ['乙市'] });
  });
});
