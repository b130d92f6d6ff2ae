import { describe, expect, it } from 'vitest';
import { cityName, provinceName } from './provinces';

describe('place names in English', () => {
  it('uses the official romanisation for provinces', () => {
    expect(provinceName('陕西省', 'en')).toBe('Shaanxi');
    expect(provinceName('内蒙古自治区', 'en')).toBe('Inner Mongolia');
    expect(provinceName('陕西省', 'zh')).toBe('陕西省');
  });
  it('spells cities in pinyin without the suffix, reading polyphones as place names', () => {
    expect(cityName('昆明市', 'en')).toBe('Kunming');
    expect(cityName('重庆市', 'en')).toBe('Chongqing');
    expect(cityName('兰州市', 'zh')).toBe('兰州市');
    // pinyin's apostrophe between syllables where the second opens with a vowel
    expect(cityName('西安市', 'en')).toBe("Xi'an");
    expect(cityName('长沙市', 'en')).toBe('Changsha');
  });
});
