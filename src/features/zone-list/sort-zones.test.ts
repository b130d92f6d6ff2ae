import { describe, expect, it } from 'vitest';
import { testZone } from '../../test/zone';
import { sortZones } from './sort-zones';

const zone = (id: string, name_zh: string, name_en: string, approved: string, area_km2: number | null) =>
  testZone(id, { name_zh, name_en, type: 'etdz', province: '辽宁省', city: 'x', approved, area_km2 }, [104, 30]);

const zones = [zone('b-etdz', '北京经开区', 'Beijing ETDZ', '1994-08', 46.8), zone('d-etdz', '大连经开区', 'Dalian ETDZ', '1984-09-25', null), zone('a-etdz', '安庆经开区', 'Anqing ETDZ', '2010', 100)];
const ids = (key: 'name' | 'approved' | 'area', lang: 'zh' | 'en' = 'zh') => sortZones(zones, key, lang).map((z) => z.id);

describe('sortZones', () => {
  it('sorts by name in the reader’s language', () => {
    expect(ids('name', 'en')).toEqual(['a-etdz', 'b-etdz', 'd-etdz']);
    expect(ids('name', 'zh')).toEqual(['a-etdz', 'b-etdz', 'd-etdz']);
  });
  it('sorts by approval, oldest first, across date precisions', () => {
    expect(ids('approved')).toEqual(['d-etdz', 'b-etdz', 'a-etdz']);
  });
  it('sorts by area, largest first, with a missing area last and not as zero', () => {
    expect(ids('area')).toEqual(['a-etdz', 'b-etdz', 'd-etdz']);
  });
});
