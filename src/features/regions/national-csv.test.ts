import { describe, expect, it } from 'vitest';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import { parseCsv } from '../../test/csv';
import { nationalFiguresCsv } from './national-csv';
import { economyDefinitions, provinceRow } from './test-indicators';

describe('nationalFiguresCsv', () => {
  const article = { id: '004', headline: '国家级经开区建设40周年', headline_en: 'Forty years of national ETDZs' } as unknown as Article;
  const file: IndicatorsFile = {
    definitions: economyDefinitions,
    rows: [
      { subject: 'national', scope: 'national', group: 'etdz', indicator: 'foreign_trade', value: 10.1, unit: '万亿元', period: '2023', qualifier: 'exact', note: 'all 229 national ETDZs combined', note_zh: '全部229家国家级经开区合计', source: { kind: 'article', article_id: '004', sentence: '2023年，229家国家级经开区进出口总额达10.1万亿元' } },
      provinceRow('甘肃省', 'gdp', 11863.8, '亿元', '2023'),
      { subject: 'national', scope: 'national', group: 'new-area', indicator: 'gdp', value: 6.2, unit: 'trillion yuan', period: '2023', qualifier: 'exact', source: { kind: 'publisher', title: 'State-level new areas', publisher: 'Xinhua', url: 'https://example.org/', date: '2024-03-16' } },
    ],
  };
  const records = parseCsv(nationalFiguresCsv(file, new Map([['004', article]])));

  it('gives the national figures only, new areas first as on screen, each as printed with the kind of zone it adds up', () => {
    expect(records.map((r) => [r.group, r.indicator, r.value, r.unit])).toEqual([
      ['new-area', 'gdp', '6.2', 'trillion yuan'],
      ['etdz', 'foreign_trade', '10.1', '万亿元'],
    ]);
    expect(records[1]).toMatchObject({ indicator_zh: '进出口总额', note_zh: '全部229家国家级经开区合计' });
  });

  it('carries each source: the article and its sentence, or the publisher and address', () => {
    expect(records[1]).toMatchObject({ source_kind: 'article', article_headline: '国家级经开区建设40周年', sentence: '2023年，229家国家级经开区进出口总额达10.1万亿元' });
    expect(records[0]).toMatchObject({ source_kind: 'publisher', publisher: 'Xinhua', url: 'https://example.org/', source_date: '2024-03-16' });
  });
});
