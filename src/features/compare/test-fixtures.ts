import type { Article } from '../../schemas/article';
import type { IndicatorRow, IndicatorsFile } from '../../schemas/indicator';
import type { ZoneFeature, ZoneType } from '../../schemas/zone';
import { testZone } from '../../test/zone';

function zone(id: string, name_zh: string, type: ZoneType, province: string, area_km2: number | null): ZoneFeature {
  return testZone(id, { name_zh, name_en: `${id} zone`, type, province, approved: '2014-01', area_km2, industries: [{ zh: '汽车', en: 'Cars' }] });
}

export const zones: ZoneFeature[] = [
  zone('lanzhou', '兰州新区', 'new-area', '甘肃省', 806),
  zone('dianzhong', '滇中新区', 'new-area', '云南省', 482),
  zone('guian', '贵安新区', 'new-area', '贵州省', null),
  zone('tianfu', '天府新区', 'new-area', '四川省', 1578),
];

const article = (sentence: string) => ({ kind: 'article' as const, article_id: '000', sentence });
export const row = (subject: string, indicator: string, value: number, unit: string, period: string, extra: Partial<IndicatorRow> = {}): IndicatorRow => ({
  subject,
  scope: 'zone',
  indicator,
  value,
  unit,
  period,
  qualifier: 'exact',
  source: article(`${subject}${indicator}${value}${unit}。`),
  ...extra,
});

export const indicators: IndicatorsFile = {
  definitions: [
    { id: 'foreign_trade', label_zh: '进出口总额', label_en: 'Foreign trade', kind: 'level' },
    { id: 'trade_growth', label_zh: '进出口增速', label_en: 'Trade growth', kind: 'growth' },
    { id: 'land_area', label_zh: '土地面积', label_en: 'Land area', kind: 'level' },
    { id: 'gdp', label_zh: '地区生产总值', label_en: 'GDP', kind: 'level' },
  ],
  rows: [
    row('dianzhong', 'foreign_trade', 647.27, '亿元', '2023'),
    row('lanzhou', 'foreign_trade', 300, '亿元', '2023', { qualifier: 'about' }),
    row('guian', 'foreign_trade', 100, '亿元', '2023'),
    row('tianfu', 'foreign_trade', 50, '亿美元', '2023'),
    row('lanzhou', 'foreign_trade', 200, '亿元', '2022'),
    row('dianzhong', 'trade_growth', 12.5, '%', '2023'),
    row('lanzhou', 'trade_growth', 8, '%', '2023'),
    row('dianzhong', 'land_area', 100, '平方公里', '2024'),
    row('lanzhou', 'land_area', 120, '平方公里', '2024'),
    row('lanzhou', 'gdp', 400, '亿元', '2023'),
    row('tianfu', 'gdp', 4000, '亿元', '2023', { scope: 'company', company: '某公司', zone: 'tianfu' }),
    row('甘肃省', 'foreign_trade', 600, '亿元', '2023', {
      scope: 'province',
      source: { kind: 'publisher', publisher: '甘肃省统计局', title: '2023年统计公报' },
    }),
  ],
};

export const articles: Article[] = [
  {
    id: '000',
    seed: '000_656cacdf3aa0cc3a.txt',
    headline: '聚焦西部国家级新区',
    byline: '本报记者',
    publication: { value: null, inferred: false },
    date: { value: '2024-09', inferred: true },
    excerpts: [],
  },
];
