import type { IndicatorRow, IndicatorsFile } from '../../schemas/indicator';

/** The three province measures, as the data defines them. */
export const economyDefinitions: IndicatorsFile['definitions'] = [
  { id: 'gdp', label_zh: '地区生产总值', label_en: 'GDP', kind: 'level' },
  { id: 'population', label_zh: '年末常住人口', label_en: 'Year-end resident population', kind: 'level' },
  { id: 'foreign_trade', label_zh: '进出口总额', label_en: 'Foreign trade', kind: 'level' },
];

/** A province-scope row for tests, its source a publisher named after the province. */
export function provinceRow(subject: string, indicator: string, value: number, unit: string, period: string, extra: Partial<IndicatorRow> = {}): IndicatorRow {
  const publisher = `${subject}统计局`;
  return {
    subject, scope: 'province', indicator, value, unit, period, qualifier: 'exact',
    source: { kind: 'publisher', title: `${publisher}公报`, publisher, url: 'https://example.org/', note: '“原句”' },
    ...extra,
  };
}
