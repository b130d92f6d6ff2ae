import { describe, expect, it } from 'vitest';
import { compareFacts, compareSeries, resolveCompareZones } from './compare-series';
import { groupUnit, pointValue, printedAs } from './compare-format';
import { indicators, row, zones } from './test-fixtures';

const set = ['lanzhou', 'dianzhong', 'guian', 'tianfu'];
const summary = (ids: string[], normalisation: Parameters<typeof compareSeries>[3] = 'absolute') =>
  compareSeries(ids, zones, indicators, normalisation).map((g) => g.key);

describe('compareSeries: grouping', () => {
  it('keeps indicators at least two zones have, one group per unit and period', () => {
    expect(summary(set)).toEqual([
      'foreign_trade|亿元|2023',
      'foreign_trade|亿美元|2023',
      'foreign_trade|亿元|2022',
      'trade_growth|%|2023',
      'land_area|平方公里|2024',
    ]);
  });

  it('leaves out an indicator only one zone of the set has, and never compares company figures', () => {
    // lanzhou has a zone GDP, tianfu only a company's: not an indicator both have.
    expect(summary(['lanzhou', 'tianfu']).some((k) => k.startsWith('gdp'))).toBe(false);
    expect(summary(['guian', 'tianfu', 'dianzhong']).some((k) => k.startsWith('trade_growth'))).toBe(false);
  });

  it('never converts units: two zones with one indicator in different units get two groups', () => {
    const groups = compareSeries(['dianzhong', 'tianfu'], zones, indicators);
    expect(groups.map((g) => [g.unit, g.points.map((p) => p.missing)])).toEqual([
      ['亿元', [null, 'no-value']],
      ['亿美元', [null, 'no-value']],
    ]);
  });

  it('gives Chinese readers a group printed only in billion yuan in 亿元, caption and values alike', () => {
    const billions = { ...indicators, rows: [...indicators.rows, row('dianzhong', 'gdp', 88.2, 'billion yuan', '2019'), row('lanzhou', 'gdp', 73.2, 'billion yuan', '2019')] };
    const [abs] = compareSeries(['lanzhou', 'dianzhong'], zones, billions).filter((g) => g.key === 'gdp|billion yuan|2019');
    const [perKm2] = compareSeries(['lanzhou', 'dianzhong'], zones, billions, 'per-km2').filter((g) => g.indicator.id === 'gdp');
    const dianzhong = (g: typeof abs) => g?.points.find((p) => p.zoneId === 'dianzhong');
    expect(abs && [groupUnit(abs, 'zh'), groupUnit(abs, 'en')]).toEqual(['亿元', 'billion yuan']);
    expect(abs && [pointValue(dianzhong(abs)!, abs, 'zh'), printedAs(dianzhong(abs)!, abs, 'zh')]).toEqual(['882亿元', '原文 88.2 billion yuan']);
    // 88.2 billion yuan ÷ 482 km² = 1.83 亿元 per km², to three significant digits
    expect(perKm2 && [groupUnit(perKm2, 'zh'), pointValue(dianzhong(perKm2)!, perKm2, 'zh')]).toEqual(['亿元/km²', '1.83 亿元/km²']);
  });

  it('puts 亿元 and billion yuan on one axis in 亿元, shifting the decimal point exactly', () => {
    const mixed = { ...indicators, rows: [...indicators.rows, row('dianzhong', 'gdp', 210.08, 'billion yuan', '2023'), row('guian', 'gdp', 150, 'billion yuan', '2023')] };
    const gdp = compareSeries(['lanzhou', 'dianzhong', 'guian'], zones, mixed).filter((g) => g.indicator.id === 'gdp');
    expect(gdp.map((g) => g.key)).toEqual(['gdp|亿元|2023']);
    expect(gdp[0]?.points.map((p) => [p.zoneId, p.value, p.row?.value, p.row?.unit])).toEqual([
      ['dianzhong', 2100.8, 210.08, 'billion yuan'],
      ['guian', 1500, 150, 'billion yuan'],
      ['lanzhou', 400, 400, '亿元'],
    ]);
    const [first] = gdp;
    const dianzhong = first?.points[0];
    expect(first && dianzhong && [pointValue(dianzhong, first, 'zh'), printedAs(dianzhong, first, 'zh')]).toEqual(['2,100.8亿元', '原文 210.08 billion yuan']);
    // In English 2,100.8 亿元 already reads as 210.08 billion yuan: nothing to add.
    expect(first && dianzhong && [pointValue(dianzhong, first, 'en'), printedAs(dianzhong, first, 'en')]).toEqual(['210.08 billion yuan', null]);
    const lanzhou = first?.points[2];
    expect(first && lanzhou && printedAs(lanzhou, first, 'zh')).toBeNull();
  });

  it('ranks values and lists every zone of the set, missing ones last as missing, never 0', () => {
    const [trade] = compareSeries(set, zones, indicators);
    expect(trade?.points.map((p) => [p.zoneId, p.rank, p.value, p.missing])).toEqual([
      ['dianzhong', 1, 647.27, null],
      ['lanzhou', 2, 300, null],
      ['guian', 3, 100, null],
      ['tianfu', null, null, 'no-value'],
    ]);
    expect(trade?.withValue).toBe(3);
    expect(trade?.points[1]?.row?.qualifier).toBe('about');
  });

  it('gives equal values the same rank', () => {
    const tied = { ...indicators, rows: indicators.rows.map((r) => (r.subject === 'guian' && r.indicator === 'foreign_trade' ? { ...r, value: 300 } : r)) };
    expect(compareSeries(set, zones, tied)[0]?.points.map((p) => p.rank)).toEqual([1, 2, 2, null]);
  });

  it('gives a figure printed only as a bound ("over 500") the span of places it may hold, not a place its source does not give', () => {
    const bound = { ...indicators, rows: indicators.rows.map((r) => (r.subject === 'guian' && r.indicator === 'foreign_trade' && r.unit === '亿元' && r.period === '2023' ? { ...r, value: 500, qualifier: 'over' as const } : r)) };
    const [trade] = compareSeries(set, zones, bound);
    expect(trade?.points.map((p) => [p.zoneId, p.rank, p.rankTo])).toEqual([
      ['dianzhong', 1, 2],
      ['guian', 1, 2],
      ['lanzhou', 3, 3],
      ['tianfu', null, null],
    ]);
  });
});

describe('compareSeries: normalisation', () => {
  it('divides by planned area, and marks a zone without an area as missing', () => {
    const [trade] = compareSeries(set, zones, indicators, 'per-km2');
    expect(trade?.applied).toBe('per-km2');
    expect(trade?.points.map((p) => [p.zoneId, p.value, p.missing])).toEqual([
      ['dianzhong', 647.27 / 482, null],
      ['lanzhou', 300 / 806, null],
      ['guian', null, 'no-area'],
      ['tianfu', null, 'no-value'],
    ]);
    expect(trade?.points[0]?.denominator).toEqual({ kind: 'area', km2: 482 });
  });

  it('takes a share of the province total with the same unit and period, missing where there is none', () => {
    const [trade] = compareSeries(set, zones, indicators, 'province-share');
    expect(trade?.points.map((p) => [p.zoneId, p.value, p.missing])).toEqual([
      ['lanzhou', 50, null],
      ['dianzhong', null, 'no-province-total'],
      ['guian', null, 'no-province-total'],
      ['tianfu', null, 'no-value'],
    ]);
    const older = compareSeries(set, zones, indicators, 'province-share').find((g) => g.key === 'foreign_trade|亿元|2022');
    expect(older?.points[0]?.missing).toBe('no-province-total');
  });

  it('takes a share of a province total printed in another unit of the same family', () => {
    const mixed = {
      ...indicators,
      rows: [
        ...indicators.rows,
        row('甘肃省', 'gdp', 1186.38, 'billion yuan', '2023', { scope: 'province', source: { kind: 'publisher', publisher: '甘肃省统计局', title: '2023年统计公报' } }),
        row('lanzhou', 'gdp', 37.5, 'billion yuan', '2022'),
        row('dianzhong', 'gdp', 30, 'billion yuan', '2022'),
      ],
    };
    const share = compareSeries(['lanzhou', 'dianzhong'], zones, mixed, 'province-share').find((g) => g.key === 'gdp|亿元|2023');
    // lanzhou's 400 亿元 against Gansu's 1,186.38 billion yuan (= 11,863.8 亿元); the 2022 figures have no province total of their year.
    expect(share?.points[0]?.value).toBeCloseTo((400 / 11863.8) * 100, 10);
    const older = compareSeries(['lanzhou', 'dianzhong'], zones, mixed, 'province-share').find((g) => g.key === 'gdp|billion yuan|2022');
    expect(older?.points.map((p) => p.missing)).toEqual(['no-province-total', 'no-province-total']);
  });

  it('says when a normalisation does not apply and keeps absolute values', () => {
    const groups = compareSeries(set, zones, indicators, 'per-km2');
    const growth = groups.find((g) => g.indicator.id === 'trade_growth');
    expect([growth?.requested, growth?.applied, growth?.notApplicable]).toEqual(['per-km2', 'absolute', 'kind']);
    expect(growth?.points[0]?.value).toBe(12.5);
    expect(groups.find((g) => g.indicator.id === 'land_area')?.notApplicable).toBe('area-unit');
    expect(compareSeries(set, zones, indicators, 'province-share').find((g) => g.indicator.id === 'land_area')?.notApplicable).toBeNull();
  });
});

describe('compare set and facts', () => {
  it('keeps the order of the set and drops unknown or repeated ids', () => {
    expect(resolveCompareZones(['tianfu', 'nowhere', 'lanzhou', 'tianfu'], zones).map((z) => z.id)).toEqual(['tianfu', 'lanzhou']);
  });

  it('gives the facts of each zone, with a missing area as null', () => {
    const facts = compareFacts(['guian', 'lanzhou'], zones);
    expect(facts.map((f) => [f.id, f.type, f.province, f.approved, f.area_km2])).toEqual([
      ['guian', 'new-area', '贵州省', '2014-01', null],
      ['lanzhou', 'new-area', '甘肃省', '2014-01', 806],
    ]);
    expect(facts[0]?.industries).toEqual([{ zh: '汽车', en: 'Cars' }]);
  });
});
