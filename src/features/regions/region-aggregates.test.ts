import { describe, expect, it } from 'vitest';
import { approvalsByYear, areaTotal, countsByRegion, provinceAggregates, provinceMetric } from './region-aggregates';
import { testZone, zones } from './test-zones';

describe('countsByRegion', () => {
  it('counts zones by type in each NBS region, in a fixed order', () => {
    const rows = countsByRegion(zones);
    expect(rows.map((r) => [r.region, r.total])).toEqual([
      ['east', 2],
      ['central', 1],
      ['west', 2],
      ['northeast', 3],
    ]);
    expect(rows[3]?.counts).toEqual({ 'new-area': 1, 'high-tech-zone': 1, etdz: 1, 'bonded-zone': 0 });
  });

  it('places a zone without a region by its province, and leaves out one it cannot place', () => {
    expect(countsByRegion(zones).find((r) => r.region === 'west')?.counts.etdz).toBe(1);
    const abroad = testZone('abroad', 'etdz', '某国', '2000', 1);
    expect(countsByRegion([abroad]).reduce((sum, r) => sum + r.total, 0)).toBe(0);
  });
});

describe('areaTotal', () => {
  it('sums known planned areas and names the zones that lack one, instead of adding 0', () => {
    expect(areaTotal(zones)).toEqual({ km2: 4811.187, withArea: 6, withoutArea: ['shenyang', 'wuhan'] });
  });
});

describe('approvalsByYear', () => {
  const rows = approvalsByYear(zones, 2025);

  it('has every year from 1984 to the given year, with years of no approvals as 0', () => {
    expect(rows[0]?.year).toBe(1984);
    expect(rows.at(-1)?.year).toBe(2025);
    expect(rows).toHaveLength(2025 - 1984 + 1);
    expect(rows.find((r) => r.year === 1985)?.total).toBe(0);
  });

  it('takes the year from YYYY, YYYY-MM and YYYY-MM-DD dates, stacked by type', () => {
    expect(rows.find((r) => r.year === 1984)?.counts.etdz).toBe(1);
    expect(rows.find((r) => r.year === 1991)?.counts['high-tech-zone']).toBe(1);
    expect(rows.find((r) => r.year === 2014)?.zoneIds).toEqual(['jinpu']);
    expect(rows.find((r) => r.year === 2020)?.counts['bonded-zone']).toBe(1);
  });
});

describe('provinceAggregates and provinceMetric', () => {
  it('lists provinces by zone count, with their area and the zones lacking one', () => {
    const rows = provinceAggregates(zones);
    expect(rows[0]).toMatchObject({ province: '辽宁省', total: 3, region: 'northeast', area: { km2: 2721, withArea: 2, withoutArea: ['shenyang'] } });
    expect(rows.find((r) => r.province === '甘肃省')?.region).toBe('west');
  });

  it('gives one number per province for shading, leaving out provinces with none', () => {
    expect(provinceMetric(zones, 'zones')).toEqual({ 辽宁省: 3, 甘肃省: 2, 上海市: 1, 广东省: 1, 湖北省: 1 });
    expect(provinceMetric(zones, 'new-area')).toEqual({ 辽宁省: 1, 甘肃省: 1, 上海市: 1 });
    expect(provinceMetric(zones, 'etdz')).toEqual({ 辽宁省: 1, 甘肃省: 1, 湖北省: 1 });
    // 湖北省's only zone has no known area: no data, not 0 km².
    expect(provinceMetric(zones, 'area')).toEqual({ 辽宁省: 2721, 甘肃省: 879.27, 上海市: 1210.41, 广东省: 0.507 });
  });
});
