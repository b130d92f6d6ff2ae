import { describe, expect, it } from 'vitest';
import { csvField } from '../../lib/csv';
import { compareCsv, csvColumns } from './compare-csv';
import { parseCsv as parse } from '../../test/csv';
import { compareSeries } from './compare-series';
import { articles, indicators, zones } from './test-fixtures';

const zoneMap = new Map(zones.map((z) => [z.id, z]));
const articleMap = new Map(articles.map((a) => [a.id, a]));


describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('兰州新区')).toBe('兰州新区');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('他说“好”, "yes"')).toBe('"他说“好”, ""yes"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
  });
});

describe('compareCsv', () => {
  it('writes one line per zone and group with the figure, its unit, period and source', () => {
    const groups = compareSeries(['lanzhou', 'dianzhong', 'tianfu'], zones, indicators, 'absolute');
    const csv = compareCsv(groups, zoneMap, articleMap);
    expect(csv.startsWith('\uFEFF' + csvColumns.join(','))).toBe(true);
    const lines = parse(csv);
    expect(lines).toHaveLength(groups.reduce((n, g) => n + g.points.length, 0));
    const trade = lines.filter((l) => l.indicator === 'foreign_trade' && l.period === '2023' && l.unit === '亿元');
    expect(trade.map((l) => l.zone_id)).toEqual(['dianzhong', 'lanzhou', 'tianfu']);
    expect(trade[0]).toMatchObject({ zone_zh: '滇中新区', rank: '1', value: '647.27', unit: '亿元', printed_value: '647.27', printed_unit: '亿元', qualifier: 'exact', source_kind: 'article', article_id: '000', article_headline: '聚焦西部国家级新区', sentence: 'dianzhongforeign_trade647.27亿元。' });
    expect(trade[1]).toMatchObject({ zone_id: 'lanzhou', value: '300', qualifier: 'about', rank: '2', rank_to: '' });
  });

  it('gives a figure printed only as a bound the span of places it may hold: rank to rank_to', () => {
    const bound = { ...indicators, rows: indicators.rows.map((r) => (r.subject === 'lanzhou' && r.indicator === 'foreign_trade' && r.unit === '亿元' && r.period === '2023' ? { ...r, value: 600, qualifier: 'over' as const } : r)) };
    const lines = parse(compareCsv(compareSeries(['lanzhou', 'dianzhong'], zones, bound, 'absolute'), zoneMap, articleMap));
    const trade = lines.filter((l) => l.indicator === 'foreign_trade' && l.period === '2023' && l.unit === '亿元');
    expect(trade.map((l) => [l.zone_id, l.rank, l.rank_to, l.qualifier])).toEqual([
      ['dianzhong', '1', '2', 'exact'],
      ['lanzhou', '1', '2', 'over'],
    ]);
  });

  it('leaves a missing value empty with its reason, never 0', () => {
    const groups = compareSeries(['lanzhou', 'dianzhong', 'tianfu'], zones, indicators, 'absolute');
    const tianfu = parse(compareCsv(groups, zoneMap, articleMap)).find((l) => l.indicator === 'foreign_trade' && l.period === '2023' && l.unit === '亿元' && l.zone_id === 'tianfu');
    expect(tianfu).toMatchObject({ value: '', rank: '', missing: 'no-value', printed_value: '', source_kind: '' });
  });

  it('gives a share of the province with the province figure and its publisher', () => {
    const groups = compareSeries(['lanzhou', 'dianzhong'], zones, indicators, 'province-share');
    const lanzhou = parse(compareCsv(groups, zoneMap, articleMap)).find((l) => l.indicator === 'foreign_trade' && l.period === '2023' && l.zone_id === 'lanzhou');
    expect(lanzhou).toMatchObject({ values: 'province-share', unit: '%', value: '50', printed_value: '300', province_value: '600', province_unit: '亿元', province_period: '2023', province_source: '甘肃省统计局 · 2023年统计公报' });
    const dianzhong = parse(compareCsv(groups, zoneMap, articleMap)).find((l) => l.indicator === 'foreign_trade' && l.period === '2023' && l.zone_id === 'dianzhong');
    expect(dianzhong).toMatchObject({ value: '', missing: 'no-province-total', printed_value: '647.27' });
  });

  it('divides by planned area without binary noise in the digits', () => {
    const groups = compareSeries(['lanzhou', 'dianzhong'], zones, indicators, 'per-km2');
    const dianzhong = parse(compareCsv(groups, zoneMap, articleMap)).find((l) => l.indicator === 'foreign_trade' && l.period === '2023' && l.zone_id === 'dianzhong');
    expect(dianzhong).toMatchObject({ values: 'per-km2', unit: '亿元/km²', area_km2: '482' });
    expect(Number(dianzhong?.value)).toBeCloseTo(647.27 / 482, 12);
    expect(dianzhong?.value?.length).toBeLessThanOrEqual(17);
  });
});
