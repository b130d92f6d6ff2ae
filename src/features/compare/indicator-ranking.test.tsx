// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../lib/i18n';
import { IndicatorRanking } from './indicator-ranking';
import { articles, indicators, zones } from './test-fixtures';

function renderIt(shown = zones) {
  const onOpenZone = vi.fn();
  render(
    <LangProvider lang="zh">
      <IndicatorRanking zones={shown} indicators={indicators} articles={articles} highlightedId={null} onHighlight={() => undefined} onOpenZone={onOpenZone} />
    </LangProvider>,
  );
  return onOpenZone;
}

afterEach(cleanup);

describe('IndicatorRanking', () => {
  it('ranks the zones shown on the indicator most of them have, and names those without it as missing', async () => {
    const onOpenZone = renderIt();
    expect(screen.getByRole('combobox', { name: '指标' })).toHaveValue('foreign_trade|亿元|2023');
    const rows = [...document.querySelectorAll('tr[data-zone]')].map((r) => r.getAttribute('data-zone'));
    expect(rows).toEqual(['dianzhong', 'lanzhou', 'guian']);
    expect(screen.getByText('3/4 个区域有数据')).toBeInTheDocument();
    const missing = screen.getByTestId('ranking-missing');
    expect(missing).toHaveTextContent('无此数据的区域（1 个）');
    await userEvent.click(screen.getByRole('button', { name: '天府新区' }));
    expect(onOpenZone).toHaveBeenCalledWith('tianfu');
  });

  it('offers only indicators three or more of the zones shown have, and says so when there is none', () => {
    renderIt(zones.filter((z) => z.id !== 'guian'));
    expect(screen.getByText('当前筛选出的区域中，没有 3 个以上区域共有的指标。')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
