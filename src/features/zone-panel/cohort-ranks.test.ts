import { describe, expect, it } from 'vitest';
import type { IndicatorRow, IndicatorsFile } from '../../schemas/indicator';
import type { ZoneType } from '../../schemas/zone';
import { testZone } from '../../test/zone';
import { cohortPositions, factPositions } from './cohort-ranks';

const zone = (id: string, type: ZoneType) => testZone(id, { type });
const zones = [zone('a', 'new-area'), zone('b', 'new-area'), zone('c', 'new-area'), zone('d', 'new-area'), zone('x', 'etdz')];

const row = (subject: string, value: number, period = '2023', unit = '亿元', extra: Partial<IndicatorRow> = {}): IndicatorRow => ({
  subject,
  scope: 'zone',
  indicator: 'gdp',
  value,
  unit,
  period,
  qualifier: 'exact',
  source: { kind: 'article', article_id: '000', sentence: '……' },
  ...extra,
});
const file = (rows: IndicatorRow[]): IndicatorsFile => ({ definitions: [{ id: 'gdp', label_zh: '地区生产总值', label_en: 'GDP', kind: 'level' }], rows });

describe('cohortPositions', () => {
  it('ranks a zone among zones of its type with the same unit and period, largest first', () => {
    const [item] = cohortPositions('b', zones, file([row('a', 300), row('b', 200), row('c', 100), row('d', 900, '2022'), row('x', 5000)]));
    expect([item?.rank, item?.of, item?.type, item?.period]).toEqual([2, 3, 'new-area', '2023']);
    expect(item?.peers.map((p) => [p.zoneId, p.isThis])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
  });

  it('needs three zones of the type: other types, units, periods and company figures do not count', () => {
    const rows = [row('a', 300), row('b', 200), row('c', 100, '2023', '亿美元'), row('d', 50, '2024'), row('x', 10), row('c', 7, '2023', '亿元', { scope: 'company', company: 'C' })];
    expect(cohortPositions('a', zones, file(rows))).toEqual([]);
  });

  it('ranks figures printed in billion yuan with those in 亿元, converted exactly into the zone’s unit', () => {
    const [item] = cohortPositions('b', zones, file([row('a', 21.008, '2023', 'billion yuan'), row('b', 220), row('c', 250)]));
    expect([item?.rank, item?.of, item?.unit]).toEqual([2, 3, '亿元']);
    expect(item?.peers.map((p) => [p.zoneId, p.value])).toEqual([
      ['c', 250],
      ['b', 220],
      ['a', 210.08],
    ]);
  });

  it('gives equal values the same rank', () => {
    const [item] = cohortPositions('c', zones, file([row('a', 300), row('b', 100), row('c', 100)]));
    expect([item?.rank, item?.of]).toEqual([2, 3]);
  });

  it('gives a zone whose figure is only a bound ("over 200") the span of places it may hold', () => {
    const rows = [row('a', 300), row('b', 200, '2023', '亿元', { qualifier: 'over' }), row('c', 100)];
    const [item] = cohortPositions('b', zones, file(rows));
    expect([item?.rank, item?.rankTo, item?.of]).toEqual([1, 2, 3]);
    expect(cohortPositions('a', zones, file(rows))[0]).toMatchObject({ rank: 1, rankTo: 2 });
    expect(cohortPositions('c', zones, file(rows))[0]).toMatchObject({ rank: 3, rankTo: 3 });
  });

  it('has nothing for a zone without its own value, or an unknown zone', () => {
    const rows = [row('a', 300), row('b', 200), row('c', 100)];
    expect(cohortPositions('d', zones, file(rows))).toEqual([]);
    expect(cohortPositions('nowhere', zones, file(rows))).toEqual([]);
  });
});

describe('factPositions', () => {
  const zone = (id: string, type: string, approved: string, area_km2: number | null) => testZone(id, { type, province: '甘肃省', city: 'x', approved, area_km2 }, [104, 30]);
  const zones = [
    zone('a-new-area', 'new-area', '1992-10-11', 1210),
    zone('b-new-area', 'new-area', '2012-08-20', 806),
    zone('c-new-area', 'new-area', '2012', null),
    zone('d-new-area', 'new-area', '2014-01-06', 1795),
    zone('e-etdz', 'etdz', '1984-09-25', 20),
  ];

  it('ranks planned area among zones of the same type with an area, largest first', () => {
    const area = factPositions('b-new-area', zones).find((p) => p.fact === 'area');
    expect(area).toMatchObject({ rank: 3, of: 3, without: 1 });
  });

  it('orders approvals by year, sharing a rank within a year, and ignores other types', () => {
    const approved = factPositions('c-new-area', zones).find((p) => p.fact === 'approved');
    expect(approved).toMatchObject({ rank: 2, of: 4 });
    expect(factPositions('b-new-area', zones).find((p) => p.fact === 'approved')?.rank).toBe(2);
  });

  it('says nothing about area when the zone has none, or when the type has too few zones', () => {
    expect(factPositions('c-new-area', zones).map((p) => p.fact)).toEqual(['approved']);
    expect(factPositions('e-etdz', zones)).toEqual([]);
  });
});
