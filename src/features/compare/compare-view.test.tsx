// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../lib/i18n';
import { CompareView, type CompareViewProps } from './compare-view';
import { testZone } from '../../test/zone';
import { articles, indicators, zones } from './test-fixtures';

function renderView(props: Partial<CompareViewProps> = {}, lang: 'zh' | 'en' = 'zh') {
  const handlers = { onNormalisation: vi.fn(), onDisplay: vi.fn(), onRemove: vi.fn(), onClear: vi.fn(), onOpenZone: vi.fn(), onHighlight: vi.fn() };
  const all: CompareViewProps = { zones, ids: ['lanzhou', 'dianzhong', 'guian'], indicators, articles, normalisation: 'absolute', display: 'chart', highlightedId: null, ...handlers, ...props };
  render(
    <LangProvider lang={lang}>
      <CompareView {...all} />
    </LangProvider>,
  );
  return handlers;
}

const group = (key: string) => document.querySelector(`[data-group="${key}"]`) as HTMLElement;
const row = (key: string, zoneId: string) => group(key).querySelector(`tr[data-zone="${zoneId}"]`) as HTMLElement;

afterEach(cleanup);

describe('CompareView', () => {
  it('shows an empty state with fewer than two zones, keeping the one chip removable', async () => {
    const { onRemove } = renderView({ ids: ['lanzhou', 'nowhere'] });
    expect(screen.getByRole('status')).toHaveTextContent('至少选择两个区域');
    expect(document.querySelector('[data-group]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '从对比中移除 兰州新区' }));
    expect(onRemove).toHaveBeenCalledWith('lanzhou');
  });

  it('names a chip by the short name the map uses, keeping the official name for its title and screen readers', () => {
    const long = testZone('wuxi', { name_zh: '无锡国家高新技术产业开发区', name_en: 'Wuxi National High-tech Industrial Development Zone', type: 'high-tech-zone', province: '江苏省' });
    renderView({ zones: [...zones, long], ids: ['lanzhou', 'wuxi'] }, 'en');
    const chip = screen.getByRole('button', { name: 'Open Wuxi National High-tech Industrial Development Zone' });
    expect(chip).toHaveTextContent(/^Wuxi High-tech Zone$/);
    expect(chip).toHaveAttribute('title', 'Wuxi National High-tech Industrial Development Zone');
  });

  it('states unit, period and normalisation, ranks the zones and shows a missing value as 暂缺', () => {
    renderView({ ids: ['lanzhou', 'dianzhong', 'tianfu'] });
    const trade = group('foreign_trade|亿元|2023');
    expect(within(trade).getByText('2023年 · 亿元 · 原始数值')).toBeInTheDocument();
    const ranks = [...trade.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-zone'));
    expect(ranks).toEqual(['dianzhong', 'lanzhou', 'tianfu']);
    expect(row('foreign_trade|亿元|2023', 'lanzhou')).toHaveTextContent('约 300亿元');
    const missing = row('foreign_trade|亿元|2023', 'tianfu');
    expect(missing).toHaveTextContent('暂缺');
    expect(missing).not.toHaveTextContent(/\b0\b/);
  });

  it('draws a bar per value and a labelled gap, no bar, for a zone without one', () => {
    renderView({ ids: ['lanzhou', 'dianzhong', 'tianfu'] });
    const svg = group('foreign_trade|亿元|2023').querySelector('svg.recharts-surface') as SVGElement;
    expect([...svg.querySelectorAll('path.recharts-rectangle')].map((p) => p.getAttribute('name'))).toEqual(['滇中新区', '兰州新区']);
    const gap = svg.querySelector('g[data-zone="tianfu"]');
    expect(gap).toHaveTextContent('天府新区');
    expect(gap).toHaveTextContent('暂缺');
  });

  it('reaches each value’s source: the article sentence, or the publisher', async () => {
    renderView({ normalisation: 'province-share', display: 'table' });
    const lanzhou = row('foreign_trade|亿元|2023', 'lanzhou');
    expect(lanzhou).toHaveTextContent('约 50%');
    // the 约 of the published figure stays in the working, not only on the result
    expect(lanzhou).toHaveTextContent('= 约 300亿元 ÷ 甘肃省 600亿元');
    expect(within(lanzhou).getByText('lanzhouforeign_trade300亿元。')).toBeInTheDocument();
    expect(lanzhou).toHaveTextContent('《聚焦西部国家级新区》');
    expect(lanzhou).toHaveTextContent('甘肃省统计局, 2023年统计公报');
    expect(row('foreign_trade|亿元|2023', 'dianzhong')).toHaveTextContent('无所在省份同期同单位数据');
  });

  it('says when the chosen normalisation does not apply to an indicator', () => {
    renderView({ normalisation: 'per-km2' }, 'en');
    expect(group('trade_growth|%|2023')).toHaveTextContent('growth rates and shares are not rescaled');
    expect(group('foreign_trade|亿元|2023')).toHaveTextContent('divided by planned area (km²)');
    expect(row('foreign_trade|亿元|2023', 'guian')).toHaveTextContent('planned area unknown');
    // 647.27 亿元 ÷ 482 km² = 1.34 亿元 per km², to three significant digits
    expect(row('foreign_trade|亿元|2023', 'dianzhong')).toHaveTextContent('134 million yuan per km²');
  });

  it('switches normalisation and display through its callbacks', async () => {
    const { onNormalisation, onDisplay } = renderView({}, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Per km²' }));
    expect(onNormalisation).toHaveBeenCalledWith('per-km2');
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(onDisplay).toHaveBeenCalledWith('table');
    expect(screen.getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('reports hover and focus on chips and rows, and marks the highlighted zone', async () => {
    const { onHighlight, onOpenZone } = renderView({ highlightedId: 'dianzhong' });
    await userEvent.hover(row('foreign_trade|亿元|2023', 'lanzhou'));
    expect(onHighlight).toHaveBeenLastCalledWith('lanzhou');
    await userEvent.unhover(row('foreign_trade|亿元|2023', 'lanzhou'));
    expect(onHighlight).toHaveBeenLastCalledWith(null);
    await userEvent.tab(); // the print button
    await userEvent.tab(); // the clear button
    await userEvent.tab(); // the first chip
    expect(onHighlight).toHaveBeenLastCalledWith('lanzhou');
    expect(row('foreign_trade|亿元|2023', 'dianzhong')).toHaveAttribute('data-highlighted', 'true');
    expect(document.querySelector('li[data-zone="dianzhong"]')).toHaveAttribute('data-highlighted', 'true');
    await userEvent.click(within(row('foreign_trade|亿元|2023', 'guian')).getByRole('button', { name: '贵安新区' }));
    expect(onOpenZone).toHaveBeenCalledWith('guian');
  });

  it('lists the facts side by side, with a missing area as missing', () => {
    renderView();
    const facts = screen.getByRole('region', { name: '基本情况' });
    const guian = facts.querySelector('tr[data-zone="guian"]') as HTMLElement;
    expect(guian).toHaveTextContent('贵州省');
    expect(guian).toHaveTextContent('2014年1月');
    expect(guian).toHaveTextContent('暂缺');
    expect(facts.querySelector('tr[data-zone="lanzhou"]')).toHaveTextContent('806 km²');
  });
});
