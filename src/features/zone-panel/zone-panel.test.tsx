// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../lib/i18n';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import { zoneFeatureSchema } from '../../schemas/zone';
import { ZonePanel } from './zone-panel';

const zone = zoneFeatureSchema.parse({
  type: 'Feature',
  id: 'dianzhong-new-area',
  geometry: { type: 'Point', coordinates: [102.9, 25.0] },
  properties: {
    id: 'dianzhong-new-area',
    name_zh: '滇中新区',
    name_en: 'Central Yunnan New Area',
    type: 'new-area',
    province: '云南省',
    city: '昆明市',
    region: 'west',
    approved: '2015-09-07',
    area_km2: null,
    industries: [{ zh: '汽车', en: 'Automobiles' }],
    uncertain: ['approved', 'position'],
  },
});

const articles: Article[] = [
  {
    id: '000',
    seed: '000_656cacdf3aa0cc3a.txt',
    headline: '聚焦我国西部6个国家级新区',
    byline: '本报记者 张三亚',
    publication: { value: null, inferred: false },
    date: { value: '2024-09', inferred: true },
    excerpts: [{ id: '000-dianzhong-trade', zones: ['dianzhong-new-area'], text: '滇中新区进出口总额647.27亿元。' }],
  },
];

const indicators: IndicatorsFile = {
  definitions: [{ id: 'foreign_trade', label_zh: '进出口总额', label_en: 'Foreign trade', kind: 'level' }],
  rows: [
    {
      subject: 'dianzhong-new-area',
      scope: 'zone',
      indicator: 'foreign_trade',
      value: 647.27,
      unit: '亿元',
      period: '2023',
      qualifier: 'exact',
      source: { kind: 'article', article_id: '000', sentence: '滇中新区进出口总额647.27亿元。' },
    },
  ],
};

function renderPanel(props: Partial<Parameters<typeof ZonePanel>[0]> = {}, lang: 'zh' | 'en' = 'zh') {
  const onClose = vi.fn();
  render(
    <LangProvider lang={lang}>
      <ZonePanel zone={zone} indicators={indicators} articles={articles} zoneName={(id) => id} onClose={onClose} {...props} />
    </LangProvider>,
  );
  return { onClose };
}

afterEach(cleanup);

describe('ZonePanel', () => {
  it('shows the facts, marks uncertain ones, and shows a missing area as missing, not zero', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('滇中新区');
    expect(screen.getByText('2015年9月7日').parentElement).toHaveTextContent('待核实');
    const area = screen.getByText('规划面积').nextElementSibling;
    expect(area).toHaveTextContent('暂缺');
    expect(area).not.toHaveTextContent('0');
    expect(screen.getByText('位置').nextElementSibling).toHaveTextContent('25.00°N, 102.90°E大致位置');
  });

  it('gives each value its unit, period and source sentence', () => {
    renderPanel();
    const card = document.querySelector('[data-indicator="foreign_trade"]') as HTMLElement;
    expect(within(card).getByText('647.27亿元')).toBeInTheDocument();
    expect(within(card).getByText('2023年')).toBeInTheDocument();
    expect(within(card).getByText(/聚焦我国西部6个国家级新区/)).toBeInTheDocument();
    expect(card.querySelector('blockquote')).toHaveTextContent('滇中新区进出口总额647.27亿元。');
  });

  it('shows figures of a park and of a company apart from the zone figures, each named', () => {
    const base = indicators.rows[0]!;
    const withParts: IndicatorsFile = {
      ...indicators,
      rows: [
        ...indicators.rows,
        { ...base, scope: 'park', park: '临空产业园', zone: 'dianzhong-new-area', value: 88.5 },
        { ...base, scope: 'company', company: '某某公司', zone: 'dianzhong-new-area', value: 3.25 },
      ],
    };
    renderPanel({ indicators: withParts });
    const card = document.querySelector('[data-indicator="foreign_trade"]') as HTMLElement;
    expect(card).not.toHaveTextContent('88.5');
    expect(card).not.toHaveTextContent('3.25');
    const park = document.querySelector('[data-part="park"]') as HTMLElement;
    expect(within(park).getByRole('heading')).toHaveTextContent('区内园区、港区数据');
    expect(park).toHaveTextContent('临空产业园 · 进出口总额88.5亿元');
    expect(park).not.toHaveTextContent('3.25');
    expect(document.querySelector('[data-part="company"]')).toHaveTextContent('某某公司 · 进出口总额3.25亿元');
  });

  it('names a park or company for English readers in English, the printed name after it, and says whose rendering that is', () => {
    const base = indicators.rows[0]!;
    const rows = [...indicators.rows, { ...base, scope: 'park' as const, park: '临空产业园', park_en: 'Airport Industrial Park', zone: 'dianzhong-new-area', value: 88.5 }];
    renderPanel({ indicators: { ...indicators, rows } }, 'en');
    const park = document.querySelector('[data-part="park"]') as HTMLElement;
    expect(park).toHaveTextContent('Airport Industrial Park (临空产业园) · ');
    expect(park).toHaveTextContent('not official names');
  });

  it("gives each reader the article's headline, paper and date in their language, the printed headline kept", () => {
    const article = { ...articles[0]!, headline_en: 'Focus on six new areas', byline_en: 'Zhang Sanya, staff reporter', publication: { value: '甘肃日报', value_en: 'Gansu Daily', inferred: false }, date: { value: 'March 2024', value_zh: '2024年3月', inferred: true } };
    renderPanel({ articles: [article] }, 'en');
    const meta = screen.getByRole('region', { name: '聚焦我国西部6个国家级新区' });
    expect(meta).toHaveTextContent('《聚焦我国西部6个国家级新区》 “Focus on six new areas” (headline translated by Zone Atlas) · Gansu Daily · March 2024');
    expect(meta).toHaveTextContent('Zhang Sanya, staff reporter (本报记者 张三亚)');
    cleanup();
    renderPanel({ articles: [article] }, 'zh');
    const zh = screen.getByRole('region', { name: '聚焦我国西部6个国家级新区' });
    expect(zh).toHaveTextContent('《聚焦我国西部6个国家级新区》 · 甘肃日报 · 2024年3月');
    expect(zh).not.toHaveTextContent('Focus on six new areas');
    expect(zh).not.toHaveTextContent('Zhang Sanya');
  });

  it('quotes the excerpt verbatim with its article, and flags an inferred date', () => {
    renderPanel();
    const excerpt = document.querySelector('[data-excerpt="000-dianzhong-trade"]');
    expect(excerpt).toHaveTextContent('滇中新区进出口总额647.27亿元。');
    const meta = screen.getByRole('region', { name: '聚焦我国西部6个国家级新区' });
    expect(meta).toHaveTextContent('报纸未署名');
    expect(meta).toHaveTextContent('推断');
  });

  it('shows a skeleton while indicators and articles load', () => {
    renderPanel({ indicators: undefined, articles: undefined });
    expect(screen.getByRole('status')).toHaveTextContent('正在加载');
    expect(document.querySelector('[data-excerpt]')).toBeNull();
  });

  it('highlights another zone when its bar in a chart across zones is hovered', async () => {
    const onHighlight = vi.fn();
    const withPeer: IndicatorsFile = {
      ...indicators,
      rows: [...indicators.rows, { ...indicators.rows[0]!, subject: 'guian-new-area', value: 107.93 }],
    };
    renderPanel({ indicators: withPeer, onHighlight });
    const bars = document.querySelectorAll('[data-indicator="foreign_trade"] .recharts-bar-rectangle path');
    expect(bars).toHaveLength(2);
    await userEvent.hover(bars[1]!);
    expect(onHighlight).toHaveBeenLastCalledWith('guian-new-area');
    await userEvent.unhover(bars[1]!);
    expect(onHighlight).toHaveBeenLastCalledWith(null);
  });

  it('lists every citation behind the facts, flags unconfirmed links, and a marker focuses its entry', async () => {
    const sourced = zoneFeatureSchema.parse({
      ...zone,
      properties: {
        ...zone.properties,
        notes: 'Approval month from a reprint only.',
        sources: {
          approved: [{ title: '国务院关于同意设立云南滇中新区的批复', publisher: '国务院', doc_no: '国函〔2015〕141号', date: '2015-09-07' }],
          area_km2: [],
          position: [
            { title: '滇中新区（维基百科条目）', publisher: '维基百科', url: 'https://zh.wikipedia.org/wiki/滇中新区', url_status: 'unconfirmed' },
            { title: 'Central Yunnan', publisher: 'Example', url: 'https://example.org/dianzhong', url_status: 'seen', note: 'Coordinates: 25°N 103°E' },
            { title: 'A geocode elsewhere', publisher: 'Example', url: 'https://example.org/elsewhere', url_status: 'seen', note: 'Lies 40 km away; not used.', disagrees: true },
          ],
        },
      },
    });
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    renderPanel({ zone: sourced });
    const list = screen.getByTestId('zone-sources');
    expect(within(list).getByText('国务院 · 国函〔2015〕141号 · 2015-09-07')).toBeInTheDocument();
    const unconfirmed = within(list).getByRole('link', { name: '滇中新区（维基百科条目）' }).closest('li');
    expect(unconfirmed).toHaveTextContent('链接未核实');
    const seen = within(list).getByRole('link', { name: 'Central Yunnan' }).closest('li');
    expect(seen).not.toHaveTextContent('链接未核实');
    expect(seen).toHaveTextContent('Coordinates: 25°N 103°E');
    expect(seen).not.toHaveTextContent('数值不同');
    // a source cited only for its disagreement says so, so it is not read as support
    const differing = within(list).getByRole('link', { name: 'A geocode elsewhere' }).closest('li');
    expect(within(differing!).getByTestId('source-disagrees')).toHaveTextContent('数值不同');
    expect(within(differing!).getByTestId('source-disagrees')).toHaveAttribute('title', expect.stringContaining('并不支持所示数值'));
    expect(list).toHaveTextContent('Approval month from a reprint only.');

    await userEvent.click(screen.getByRole('button', { name: '查看来源 2: Central Yunnan' }));
    expect(seen).toHaveFocus();
    expect(scrolled).toHaveBeenCalledOnce();
  });

  it("gives Chinese readers a citation's note in Chinese where the curators wrote one, quotations as printed", () => {
    const note = 'Read on a reprint: “Dianzhong lies east and west of Kunming”; the original page could not be found.';
    const note_zh = '读自转载页：“Dianzhong lies east and west of Kunming”；原页面未能找到。';
    const cited = zoneFeatureSchema.parse({
      ...zone,
      properties: { ...zone.properties, sources: { approved: [], area_km2: [], position: [{ title: 'Central Yunnan', publisher: 'Example', note, note_zh }, { title: '滇中', publisher: '某报', note: '“位于昆明主城区东西两侧”' }] } },
    });
    renderPanel({ zone: cited });
    const [first, second] = within(screen.getByTestId('zone-sources')).getAllByTestId('citation-note');
    expect(first).toHaveTextContent(note_zh);
    expect(first).toHaveAttribute('lang', 'zh-CN');
    expect(second).toHaveTextContent('“位于昆明主城区东西两侧”');
    expect(second).not.toHaveAttribute('lang');
    cleanup();
    renderPanel({ zone: cited }, 'en');
    expect(within(screen.getByTestId('zone-sources')).getAllByTestId('citation-note')[0]).toHaveTextContent(note);
  });

  it('shows the area note and the curator notes in the language of the reader, marked with it', () => {
    const noted = zoneFeatureSchema.parse({
      ...zone,
      properties: { ...zone.properties, area_km2: 482, sources: { approved: [], area_km2: [{ title: '批复', publisher: '国务院' }], position: [] },
        area_note: 'Initial planned area.', area_note_zh: '初期规划面积。', notes: 'Position approximate.', notes_zh: '位置为大致位置。' },
    });
    renderPanel({ zone: noted });
    expect(screen.getByTestId('area-note')).toHaveTextContent('初期规划面积。');
    expect(screen.getByTestId('area-note')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByTestId('curator-notes')).toHaveTextContent('位置为大致位置。');
    cleanup();
    renderPanel({ zone: noted }, 'en');
    expect(screen.getByTestId('area-note')).toHaveTextContent('Initial planned area.');
    expect(screen.getByTestId('curator-notes')).toHaveAttribute('lang', 'en');
  });

  it("shows a figure's note in the language of the reader, marked with it", () => {
    const base = indicators.rows[0]!;
    const noted: IndicatorsFile = { ...indicators, rows: [{ ...base, note: 'goods trade', note_zh: '货物贸易' }] };
    renderPanel({ indicators: noted });
    const card = () => document.querySelector('[data-indicator="foreign_trade"]') as HTMLElement;
    expect(within(card()).getByTestId('row-note')).toHaveTextContent('货物贸易');
    expect(within(card()).getByTestId('row-note')).toHaveAttribute('lang', 'zh-CN');
    cleanup();
    renderPanel({ indicators: noted }, 'en');
    expect(within(card()).getByTestId('row-note')).toHaveTextContent('goods trade');
    expect(within(card()).getByTestId('row-note')).toHaveAttribute('lang', 'en');
  });

  it('labels a bar with the qualifier its source printed, never as a plain number', () => {
    const withPeer: IndicatorsFile = {
      ...indicators,
      rows: [...indicators.rows, { ...indicators.rows[0]!, subject: 'guian-new-area', value: 400, qualifier: 'over' }],
    };
    renderPanel({ indicators: withPeer });
    const labels = [...document.querySelectorAll('[data-indicator="foreign_trade"] .recharts-label-list text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['647.27', '超过 400']));
  });

  it('closes with its button and focuses its heading on open', async () => {
    const { onClose } = renderPanel({}, 'en');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Close the zone panel' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
