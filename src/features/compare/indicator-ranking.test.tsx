// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../lib/i18n';
import type { Normalisation } from './compare-series';
import { IndicatorRanking } from './indicator-ranking';
import { articles, indicators, row, zones } from './test-fixtures';

function renderIt(shown = zones, { file = indicators, picked = null as string | null, normalisation = 'absolute' as Normalisation } = {}) {
  const onOpenZone = vi.fn();
  const onPick = vi.fn();
  const onNormalisation = vi.fn();
  render(
    <LangProvider lang="zh">
      <IndicatorRanking zones={shown} indicators={file} articles={articles} highlightedId={null} onHighlight={() => undefined} onOpenZone={onOpenZone} picked={picked} onPick={onPick} normalisation={normalisation} onNormalisation={onNormalisation} />
    </LangProvider>,
  );
  return { onOpenZone, onPick, onNormalisation };
}

// a second indicator three zones have: GDP in 2019, one of them printed in billion yuan
const withGdp = { ...indicators, rows: [...indicators.rows, row('lanzhou', 'gdp', 300, '亿元', '2019'), row('dianzhong', 'gdp', 88.2, 'billion yuan', '2019'), row('guian', 'gdp', 500, '亿元', '2019')] };

afterEach(cleanup);

describe('IndicatorRanking', () => {
  it('ranks the zones shown on the indicator most of them have, and names those without it as missing', async () => {
    const { onOpenZone } = renderIt();
    expect(screen.getByRole('combobox', { name: '指标' })).toHaveValue('foreign_trade|亿元|2023');
    const rows = [...document.querySelectorAll('tr[data-zone]')].map((r) => r.getAttribute('data-zone'));
    expect(rows).toEqual(['dianzhong', 'lanzhou', 'guian']);
    expect(screen.getByText('3/4 个区域有数据')).toBeInTheDocument();
    const missing = screen.getByTestId('ranking-missing');
    expect(missing).toHaveTextContent('未排名的区域（1 个）');
    await userEvent.click(screen.getByRole('button', { name: '天府新区' }));
    expect(onOpenZone).toHaveBeenCalledWith('tianfu');
  });

  it('puts the indicator picked into the link, and a link picks it: indicator and period, the default none', async () => {
    const { onPick } = renderIt(zones, { file: withGdp });
    const select = screen.getByRole('combobox', { name: '指标' });
    expect(select).toHaveValue('foreign_trade|亿元|2023');
    await userEvent.selectOptions(select, 'gdp|亿元|2019');
    expect(onPick).toHaveBeenLastCalledWith('gdp,2019');
    cleanup();
    renderIt(zones, { file: withGdp, picked: 'gdp,2019' });
    expect(screen.getByRole('combobox', { name: '指标' })).toHaveValue('gdp|亿元|2019');
    expect([...document.querySelectorAll('tr[data-zone]')].map((r) => r.getAttribute('data-zone'))).toEqual(['dianzhong', 'guian', 'lanzhou']);
    cleanup();
    // a link to an indicator these zones do not share falls back to the first
    renderIt(zones, { file: withGdp, picked: 'fdi,1999' });
    expect(screen.getByRole('combobox', { name: '指标' })).toHaveValue('foreign_trade|亿元|2023');
  });

  it('ranks per km² of planned area on request, keeping the indicator picked; a zone without an area is missing, and says why', async () => {
    const { onNormalisation } = renderIt(zones, { file: withGdp, picked: 'gdp,2019', normalisation: 'per-km2' });
    expect(screen.getByRole('combobox', { name: '指标' })).toHaveValue('gdp|亿元|2019');
    // 兰州 300亿元 / 806 km², 滇中 882亿元 / 482 km²; 贵安 has no planned area
    expect([...document.querySelectorAll('tr[data-zone]')].map((r) => r.getAttribute('data-zone'))).toEqual(['dianzhong', 'lanzhou']);
    expect(screen.getByText('2/4 个区域有数据')).toBeInTheDocument();
    const missing = screen.getByTestId('ranking-missing');
    expect(missing).toHaveTextContent('贵安新区（规划面积暂缺）');
    expect(missing).toHaveTextContent('天府新区');
    expect(missing).not.toHaveTextContent('天府新区（');
    await userEvent.click(screen.getByRole('button', { name: '原始数值' }));
    expect(onNormalisation).toHaveBeenCalledWith('absolute');
  });

  it('offers only indicators three or more of the zones shown have, and says so when there is none', () => {
    renderIt(zones.filter((z) => z.id !== 'guian'));
    expect(screen.getByText('当前筛选出的区域中，没有 3 个以上区域共有的指标。')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
