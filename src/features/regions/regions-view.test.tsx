// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sequentialRamp } from '../../lib/colour-scale';
import { LangProvider } from '../../lib/i18n';
import { ui } from '../../lib/palette';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import { RegionsView, type RegionsViewProps } from './regions-view';
import { economyDefinitions, provinceRow } from './test-indicators';
import { zones } from './test-zones';

function renderView(props: Partial<RegionsViewProps> = {}, lang: 'zh' | 'en' = 'zh') {
  const handlers = { onMetric: vi.fn(), onHighlight: vi.fn(), onOpenZone: vi.fn() };
  render(
    <LangProvider lang={lang}>
      <RegionsView zones={zones} metric="zones" highlightedId={null} toYear={2025} {...handlers} {...props} />
    </LangProvider>,
  );
  return handlers;
}

const provinceRows = () => [...document.querySelectorAll('tr[data-province]')].map((tr) => tr.getAttribute('data-province'));

afterEach(cleanup);

describe('RegionsView', () => {
  it('says what it counts, and sums known areas while naming how many lack one', () => {
    renderView();
    expect(screen.getByText(/本图收录的 8 个区域/)).toBeInTheDocument();
    expect(screen.getByText(/规划面积合计 4,811.187 km²（6 个区域）；2 个区域面积暂缺/)).toBeInTheDocument();
  });

  it('when every zone has an area, says the sum covers them all, with no count of missing areas', () => {
    renderView({ zones: zones.filter((z) => z.properties.area_km2 !== null) }, 'en');
    expect(screen.getByText('Planned area in total 4,811.187 km² (all 6 zones)')).toBeInTheDocument();
    expect(screen.queryByText(/no known area/)).toBeNull();
  });

  it('counts zones by type per region', () => {
    renderView({}, 'en');
    const northeast = document.querySelector('tr[data-region="northeast"]') as HTMLElement;
    expect(northeast).toHaveTextContent('Northeast3');
    expect(northeast).toHaveTextContent('High-tech zone 1');
    expect(northeast).toHaveTextContent('Comprehensive bonded zone 0');
  });

  it('sorts the province table, and shows a province with no known area as missing', async () => {
    renderView();
    expect(provinceRows()[0]).toBe('辽宁省');
    await userEvent.click(screen.getByRole('button', { name: /规划面积 km²/ }));
    expect(provinceRows()).toEqual(['辽宁省', '上海市', '甘肃省', '广东省', '湖北省']);
    await userEvent.click(screen.getByRole('button', { name: /规划面积 km²/ }));
    expect(provinceRows()).toEqual(['广东省', '甘肃省', '上海市', '辽宁省', '湖北省']);
    expect(document.querySelector('tr[data-province="湖北省"]')).toHaveTextContent('暂缺');
    expect(document.querySelector('tr[data-province="辽宁省"]')).toHaveTextContent('1 个暂缺');
  });

  it('opens a province to its zones, which report hover and open the zone', async () => {
    const { onHighlight, onOpenZone } = renderView({ highlightedId: 'lanzhou' });
    expect(document.querySelector('tr[data-province="甘肃省"]')).toHaveAttribute('data-highlighted', 'true');
    await userEvent.click(screen.getByRole('button', { name: '展开甘肃省的区域' }));
    const zone = screen.getByRole('button', { name: 'zhangye区' });
    await userEvent.hover(zone);
    expect(onHighlight).toHaveBeenLastCalledWith('zhangye');
    await userEvent.click(zone);
    expect(onOpenZone).toHaveBeenCalledWith('zhangye');
    expect(screen.getByRole('button', { name: 'lanzhou区' })).toHaveAttribute('data-highlighted', 'true');
  });

  it('gives the national totals apart, one list per kind of zone, each figure as printed with its source; none when the data have none', async () => {
    const article = {
      id: '004', seed: '004_x.txt', headline: '国家级经开区建设40周年', headline_en: 'Forty years of national ETDZs', byline: '记者', byline_en: 'reporter',
      publication: { value: null, inferred: false }, date: { value: '2024', inferred: true }, excerpts: [],
    } as unknown as Article;
    const indicators: IndicatorsFile = {
      definitions: [...economyDefinitions, { id: 'gdp_share_national', label_zh: '占全国地区生产总值比重', label_en: 'Share of national GDP', kind: 'share' }],
      rows: [
        provinceRow('甘肃省', 'gdp', 11863.8, '亿元', '2023'),
        { subject: 'national', scope: 'national', group: 'etdz', indicator: 'foreign_trade', value: 10.1, unit: '万亿元', period: '2023', qualifier: 'exact', note: 'all 229 national ETDZs combined', note_zh: '全部229家国家级经开区合计', source: { kind: 'article', article_id: '004', sentence: '2023年，229家国家级经开区进出口总额达10.1万亿元' } },
        { subject: 'national', scope: 'national', group: 'new-area', indicator: 'gdp_share_national', value: 5, unit: '%', period: '2023', qualifier: 'exact', source: { kind: 'publisher', title: 'State-level new areas', publisher: 'Xinhua', url: 'https://example.org/' } },
      ],
    };
    renderView({ indicators, articles: [article] }, 'en');
    const block = screen.getByRole('region', { name: 'Nationwide' });
    const etdz = within(block).getByRole('heading', { name: 'All national ETDZs' }).parentElement as HTMLElement;
    expect(etdz).toHaveTextContent('Foreign trade');
    expect(etdz).toHaveTextContent('10.1 trillion yuan');
    expect(etdz).toHaveTextContent('all 229 national ETDZs combined');
    expect(etdz).toHaveTextContent('国家级经开区建设40周年');
    const newAreas = within(block).getByRole('heading', { name: 'All national new areas' }).parentElement as HTMLElement;
    expect(newAreas).toHaveTextContent('Share of national GDP');
    expect(newAreas).toHaveTextContent('5%');
    expect(within(newAreas).getByRole('link', { name: 'State-level new areas' })).toHaveAttribute('href', 'https://example.org/');
    // a province's figure is not a national one
    expect(block).not.toHaveTextContent('11,863.8');
    cleanup();
    renderView({ indicators: { ...indicators, rows: indicators.rows.filter((r) => r.scope !== 'national') }, articles: [article] }, 'en');
    expect(screen.queryByRole('region', { name: 'Nationwide' })).toBeNull();
  });

  it('lists the host provinces’ GDP, population and trade in one unit per column, missing as missing, each with its source', async () => {
    const row = provinceRow;
    const indicators: IndicatorsFile = {
      definitions: economyDefinitions,
      rows: [
        row('广东省', 'gdp', 135673.16, '亿元', '2023'),
        row('上海市', 'gdp', 4.72, '万亿元', '2023', { qualifier: 'about' }),
        row('辽宁省', 'gdp', 3020.94, 'billion yuan', '2023'),
        row('甘肃省', 'gdp', 11000, '亿元', '2022'),
        row('辽宁省', 'population', 4182, '万人', '2023-12-31'),
      ],
    };
    renderView({ indicators }, 'en');
    const table = screen.getByTestId('province-economy');
    const order = () => [...table.querySelectorAll('tr[data-economy]')].map((tr) => tr.getAttribute('data-economy'));
    expect(order()).toEqual(['广东省', '上海市', '辽宁省', '甘肃省', '湖北省']);
    const cell = (province: string, indicator: string) => table.querySelector(`tr[data-economy="${province}"] td[data-indicator="${indicator}"]`);
    expect(within(table).getByRole('button', { name: /GDP\s*2023 · billion yuan/ })).toBeInTheDocument();
    expect(cell('广东省', 'gdp')).toHaveTextContent('13,567.316');
    expect(cell('上海市', 'gdp')).toHaveTextContent('about 4,720');
    expect(cell('辽宁省', 'population')).toHaveTextContent('41.82');
    expect(within(table).getByRole('button', { name: /end of 2023 · million people/ })).toBeInTheDocument();
    expect(cell('甘肃省', 'gdp')).toHaveTextContent('no data');
    expect(cell('广东省', 'foreign_trade')).toHaveTextContent('no data');
    expect(cell('广东省', 'foreign_trade')).not.toHaveTextContent('0');
    expect(screen.getByText('GDP: 3 of 5 provinces')).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: 'Show the sources of the figures for Liaoning' }));
    expect(table.querySelector('li[data-source="gdp"]')).toHaveTextContent('辽宁省统计局');
    expect(table.querySelector('li[data-source="foreign_trade"]')).toHaveTextContent('no data');
  });

  it('shades by a province figure with a legend in the reader’s unit and the figure’s period', () => {
    const indicators: IndicatorsFile = {
      definitions: economyDefinitions,
      rows: [provinceRow('广东省', 'gdp', 135673.16, '亿元', '2023'), provinceRow('辽宁省', 'gdp', 3020.94, 'billion yuan', '2023')],
    };
    renderView({ indicators, metric: 'gdp' }, 'en');
    const legend = screen.getByRole('figure', { name: 'Province GDP' });
    expect(legend).toHaveTextContent('Province GDP · 2023 · billion yuan');
    expect(within(legend).getByText('13,567.316')).toBeInTheDocument();
    expect(within(legend).getByText('3,020.94')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Province GDP' })).toBeChecked();
  });

  it('picks the shading metric and shows its legend, with the basemap colour for none', async () => {
    const { onMetric } = renderView({ metric: 'area' }, 'en');
    const legend = screen.getByRole('figure', { name: 'Planned area (km²)' });
    const swatches = [...legend.querySelectorAll('li span[aria-hidden]')].map((s) => (s as HTMLElement).style.background);
    expect(swatches.at(-1)).toBe(hexToRgb(ui.land));
    expect(swatches[0]).toBe(hexToRgb(sequentialRamp[0] ?? ''));
    expect(within(legend).getByText('none / no data')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'ETDZs' }));
    expect(onMetric).toHaveBeenCalledWith('etdz');
  });
});

/** jsdom reports inline colours as rgb(); this only changes notation. */
function hexToRgb(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
