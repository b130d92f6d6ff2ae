import { describe, expect, it } from 'vitest';
import type { IndicatorRow, IndicatorsFile } from '../../schemas/indicator';
import { parseCsv } from '../../test/csv';
import { partRows, shapeIndicatorCards, shapeUnitGroups, zoneIndicatorsCsv } from './indicator-cards';

const src = { kind: 'article' as const, article_id: '000', sentence: '……' };
const row = (subject: string, indicator: string, value: number, period: string, unit = '亿元', extra: Partial<IndicatorRow> = {}): IndicatorRow => ({
  subject,
  scope: 'zone',
  indicator,
  value,
  unit,
  period,
  qualifier: 'exact',
  source: src,
  ...extra,
});

const file: IndicatorsFile = {
  definitions: [
    { id: 'foreign_trade', label_zh: '进出口', label_en: 'Foreign trade', kind: 'level' },
    { id: 'gdp', label_zh: '地区生产总值', label_en: 'GDP', kind: 'level' },
    { id: 'racks', label_zh: '机架', label_en: 'Racks', kind: 'count' },
  ],
  rows: [
    row('a', 'gdp', 300, '2023'),
    row('a', 'gdp', 250, '2022'),
    row('a', 'foreign_trade', 10, '2023'),
    row('b', 'foreign_trade', 647.27, '2023'),
    row('c', 'foreign_trade', 50, '2023', '亿美元'),
    row('d', 'foreign_trade', 40, '2022'),
    row('a', 'racks', 5, '2024', '万架', { scope: 'company', company: 'X 公司', zone: 'a' }),
    row('a', 'foreign_trade', 90, '2023', '亿元', { scope: 'park', park: 'Y 港', park_en: 'Y Port', zone: 'a' }),
  ],
};

describe('shapeIndicatorCards', () => {
  const cards = shapeIndicatorCards('a', file);

  it('makes one card per indicator the zone itself has, in definition order', () => {
    expect(cards.map((c) => c.definition.id)).toEqual(['foreign_trade', 'gdp']);
  });

  it('orders a series by period and charts it only with two periods in one unit', () => {
    const gdp = cards.find((c) => c.definition.id === 'gdp');
    expect(gdp?.series?.points.map((p) => p.period)).toEqual(['2022', '2023']);
    expect(cards.find((c) => c.definition.id === 'foreign_trade')?.series).toBeNull();
  });

  it('charts a series printed partly in billion yuan and partly in 亿元 on one axis, in the latest unit', () => {
    const mixed = { ...file, rows: [row('e', 'gdp', 125.92, '2015', 'billion yuan'), row('e', 'gdp', 245.6, '2022', 'billion yuan'), row('e', 'gdp', 4012.1, '2025')] };
    const [gdp] = shapeIndicatorCards('e', mixed);
    expect(gdp?.series?.unit).toBe('亿元');
    expect(gdp?.series?.points.map((p) => [p.period, p.value, p.row.value])).toEqual([
      ['2015', 1259.2, 125.92],
      ['2022', 2456, 245.6],
      ['2025', 4012.1, 4012.1],
    ]);
    const other = { ...file, rows: [row('e', 'foreign_trade', 5, '2022', '亿美元'), row('e', 'foreign_trade', 40, '2023')] };
    expect(shapeIndicatorCards('e', other)[0]?.series).toBeNull();
  });

  it('never puts a quarter or a span of months on the same time axis as full years', () => {
    const shaped = (...rows: IndicatorRow[]) => shapeIndicatorCards('e', { ...file, rows })[0]?.series?.points.map((p) => p.period) ?? null;
    // a lone latest quarter leaves the annual history charted, and is not drawn as a fall after it
    expect(shaped(row('e', 'gdp', 501, '2016'), row('e', 'gdp', 882, '2019'), row('e', 'gdp', 269.3, '2023-Q1'))).toEqual(['2016', '2019']);
    // one full year and one quarter make no series
    expect(shaped(row('e', 'gdp', 647.27, '2023'), row('e', 'gdp', 160, '2024-Q1'))).toBeNull();
    // quarters chart with quarters, and January–September with January–September
    expect(shaped(row('e', 'gdp', 1, '2022-Q1'), row('e', 'gdp', 2, '2023'), row('e', 'gdp', 3, '2023-Q1'))).toEqual(['2022-Q1', '2023-Q1']);
    expect(shaped(row('e', 'gdp', 1, '2021-01/2021-09'), row('e', 'gdp', 2, '2022-01/2022-06'))).toBeNull();
    expect(shaped(row('e', 'gdp', 1, '2021-01/2021-09'), row('e', 'gdp', 2, '2022-01/2022-09'))).toEqual(['2021-01/2021-09', '2022-01/2022-09']);
  });

  it('compares only zones with the same period and unit, largest first', () => {
    const trade = cards.find((c) => c.definition.id === 'foreign_trade');
    expect(trade?.cohort?.points.map((p) => [p.zoneId, p.isThis])).toEqual([
      ['b', false],
      ['a', true],
    ]);
  });

  it('has no cohort when no other zone shares period and unit', () => {
    expect(shapeIndicatorCards('d', file)[0]?.cohort).toBeNull();
  });

  it('keeps company figures out of the zone cards', () => {
    expect(cards.some((c) => c.definition.id === 'racks')).toBe(false);
    expect(partRows('a', file, 'company').map((r) => r.company)).toEqual(['X 公司']);
  });

  it('keeps a park figure apart: not in the zone series, not in the cohort', () => {
    const trade = cards.find((c) => c.definition.id === 'foreign_trade');
    expect(trade?.rows.map((r) => r.value)).toEqual([10]);
    expect(trade?.cohort?.points.map((p) => p.value)).toEqual([647.27, 10]);
    expect(partRows('a', file, 'park').map((r) => r.park)).toEqual(['Y 港']);
  });
});

describe('shapeUnitGroups', () => {
  const groupFile: IndicatorsFile = {
    ...file,
    definitions: [...file.definitions, { id: 'routes', label_zh: '航线', label_en: 'Routes', kind: 'count' }],
    rows: [...file.rows, row('a', 'routes', 240, '2023', '亿元'), row('a', 'routes', 20, '2022', '亿元')],
  };

  it('puts on one axis only figures of one zone with the same unit and period, largest first', () => {
    const groups = shapeUnitGroups('a', groupFile);
    expect(groups.map((g) => [g.unit, g.period, g.points.map((p) => p.indicator.id)])).toEqual([
      ['亿元', '2023', ['gdp', 'routes', 'foreign_trade']],
      ['亿元', '2022', ['gdp', 'routes']],
    ]);
  });

  it('makes no group of one figure, and leaves company figures out', () => {
    expect(shapeUnitGroups('b', groupFile)).toEqual([]);
    expect(shapeUnitGroups('a', file).flatMap((g) => g.points).some((p) => p.row.scope === 'company')).toBe(false);
  });
});

describe('zoneIndicatorsCsv', () => {
  const articles = new Map([['000', { id: '000', seed: '000.txt', headline: '某报道', byline: '记者', publication: { value: null, inferred: false }, date: { value: '2024-09', inferred: true }, excerpts: [] }]]);
  const records = parseCsv(zoneIndicatorsCsv('a', file, articles));

  it("lists the zone's own figures in definition and period order, then its parks' and companies'", () => {
    expect(records.map((r) => [r.scope, r.part, r.part_en, r.indicator, r.period, r.value, r.unit])).toEqual([
      ['zone', '', '', 'foreign_trade', '2023', '10', '亿元'],
      ['zone', '', '', 'gdp', '2022', '250', '亿元'],
      ['zone', '', '', 'gdp', '2023', '300', '亿元'],
      ['park', 'Y 港', 'Y Port', 'foreign_trade', '2023', '90', '亿元'],
      ['company', 'X 公司', '', 'racks', '2024', '5', '万架'],
    ]);
  });

  it('carries each source: the article headline and sentence', () => {
    expect(records[0]).toMatchObject({ zone_id: 'a', indicator_zh: '进出口', source_kind: 'article', article_id: '000', article_headline: '某报道', sentence: '……' });
  });

  it("holds no other zone's figures", () => {
    expect(records.every((r) => r.zone_id === 'a')).toBe(true);
    expect(records.some((r) => r.value === '647.27')).toBe(false);
  });
});
