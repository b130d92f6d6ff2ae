import { describe, expect, it } from 'vitest';
import type { IndicatorRow, IndicatorsFile } from '../../schemas/indicator';
import { parseCsv } from '../../test/csv';
import { provinceEconomy, provinceEconomyCsv } from './province-economy';
import { economyDefinitions, provinceRow } from './test-indicators';

const row = (subject: string, indicator: string, value: number, unit: string, period: string, scope: IndicatorRow['scope'] = 'province') => provinceRow(subject, indicator, value, unit, period, { scope });
const file: IndicatorsFile = {
  definitions: economyDefinitions,
  rows: [
    row('甲省', 'gdp', 1.25, '万亿元', '2023'),
    row('乙省', 'gdp', 983.4, 'billion yuan', '2023'),
    row('丙省', 'gdp', 5000, '亿元', '2022'),
    row('甲省', 'population', 3191.43, '万人', '2023-12-31'),
    row('乙省', 'foreign_trade', 80, '亿美元', '2023'),
    row('甲省', 'foreign_trade', 6449.7, '亿元', '2023'),
    row('jia-new-area', 'gdp', 999, '亿元', '2023', 'zone'),
  ],
};

describe('provinceEconomy', () => {
  const { columns, rows } = provinceEconomy(['甲省', '乙省', '丙省', '丁省'], file);
  const cell = (province: string, indicator: 'gdp' | 'population' | 'foreign_trade') => rows.find((r) => r.province === province)?.cells[indicator]?.value ?? null;

  it('gives each column the latest period that provinces have, in one unit by an exact shift', () => {
    expect(columns.map((c) => [c.indicator, c.unit, c.period])).toEqual([
      ['gdp', '亿元', '2023'],
      ['population', '万人', '2023-12-31'],
      ['foreign_trade', '亿元', '2023'],
    ]);
    expect(cell('甲省', 'gdp')).toBe(12500);
    expect(cell('乙省', 'gdp')).toBe(9834);
    expect(cell('甲省', 'population')).toBe(3191.43);
  });

  it('shows a province with no figure of that period, or none in a convertible unit, as missing', () => {
    expect(cell('丙省', 'gdp')).toBeNull();
    expect(cell('乙省', 'foreign_trade')).toBeNull();
    expect(cell('丁省', 'gdp')).toBeNull();
    expect(cell('乙省', 'population')).toBeNull();
  });

  it('keeps the printed row, for its source', () => {
    expect(rows[0]?.cells.gdp?.row.value).toBe(1.25);
    expect(rows[0]?.cells.gdp?.row.unit).toBe('万亿元');
  });
});

describe('provinceEconomyCsv', () => {
  const records = parseCsv(provinceEconomyCsv(provinceEconomy(['甲省', '丙省'], file)));
  const record = (province: string, indicator: string) => records.find((r) => r.province === province && r.indicator === indicator);

  it('writes each figure in the column unit and as printed, with its publisher', () => {
    expect(records).toHaveLength(2 * 3);
    expect(record('甲省', 'gdp')).toMatchObject({ period: '2023', value: '12500', unit: '亿元', printed_value: '1.25', printed_unit: '万亿元', source_kind: 'publisher', publisher: '甲省统计局', title: '甲省统计局公报', url: 'https://example.org/' });
  });

  it('leaves a missing figure empty, never 0, and never fills it from another year', () => {
    expect(record('丙省', 'gdp')).toMatchObject({ period: '2023', value: '', missing: 'no-value', printed_value: '' });
  });
});
