import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../lib/filters';
import { testZone } from '../../test/zone';
import { facets, filterZones, isFiltering } from './filter-zones';

const zone = (id: string, type: string, region: string, province: string, approved: string, industries: string[]) =>
  testZone(id, { type, region, province, city: 'x', approved, industries: industries.map((zh) => ({ zh, en: zh })) }, [104, 30]);

const zones = [
  zone('lanzhou-new-area', 'new-area', 'west', '甘肃省', '2012-08-20', ['化工']),
  zone('guian-new-area', 'new-area', 'west', '贵州省', '2014-01-06', ['大数据']),
  zone('pudong-new-area', 'new-area', 'east', '上海市', '1992-10', ['金融']),
  zone('xian-high-tech-zone', 'high-tech-zone', 'west', '陕西省', '1991', ['大数据', '半导体']),
  zone('dalian-etdz', 'etdz', 'northeast', '辽宁省', '1984-09-25', []),
];
const ids = (f: Partial<typeof emptyFilters>) => filterZones(zones, { ...emptyFilters, ...f }).map((z) => z.id);

describe('filterZones', () => {
  it('keeps everything with no filter', () => {
    expect(ids({})).toHaveLength(5);
    expect(isFiltering(emptyFilters)).toBe(false);
  });
  it('combines filters with AND, values within one filter with OR', () => {
    expect(ids({ types: ['new-area'], regions: ['west'] })).toEqual(['lanzhou-new-area', 'guian-new-area']);
    expect(ids({ types: ['new-area', 'etdz'], regions: ['east', 'northeast'] })).toEqual(['pudong-new-area', 'dalian-etdz']);
  });
  it('filters by province and industry tag', () => {
    expect(ids({ provinces: ['陕西省'] })).toEqual(['xian-high-tech-zone']);
    expect(ids({ industries: ['大数据'] })).toEqual(['guian-new-area', 'xian-high-tech-zone']);
  });
  it('filters by approval years, inclusive, with open ends, whatever the date precision', () => {
    expect(ids({ years: [1984, 1991] })).toEqual(['xian-high-tech-zone', 'dalian-etdz']);
    expect(ids({ years: [2012, null] })).toEqual(['lanzhou-new-area', 'guian-new-area']);
    expect(ids({ years: [null, 1984] })).toEqual(['dalian-etdz']);
    expect(isFiltering({ ...emptyFilters, years: [null, 1984] })).toBe(true);
  });
});

describe('facets', () => {
  it('lists provinces, industry tags by frequency and the year span from the data', () => {
    const f = facets(zones);
    expect(f.provinces).toHaveLength(5);
    expect(f.industries[0]).toMatchObject({ zh: '大数据', count: 2 });
    expect(f.years).toEqual([1984, 2014]);
  });
});
