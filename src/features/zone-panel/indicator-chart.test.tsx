// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangProvider } from '../../lib/i18n';
import type { IndicatorRow, IndicatorsFile } from '../../schemas/indicator';
import { shapeIndicatorCards } from './indicator-cards';
import { IndicatorChart } from './indicator-chart';

const row = (period: string, value: number): IndicatorRow => ({
  subject: 'dianzhong',
  scope: 'zone',
  indicator: 'gdp',
  value,
  unit: 'billion yuan',
  period,
  qualifier: 'exact',
  source: { kind: 'publisher', title: 'GDP', publisher: 'A newspaper' },
});
const file: IndicatorsFile = { definitions: [{ id: 'gdp', label_zh: '地区生产总值', label_en: 'GDP', kind: 'level' }], rows: [row('2016', 50.1), row('2019', 88.2)] };

const renderChart = (lang: 'zh' | 'en') => {
  const [card] = shapeIndicatorCards('dianzhong', file);
  if (!card) throw new Error('no card');
  return render(
    <LangProvider lang={lang}>
      <IndicatorChart card={card} zoneType="new-area" zoneName={(id) => id} />
    </LangProvider>,
  );
};

afterEach(cleanup);

describe('IndicatorChart', () => {
  it('draws figures printed in billion yuan on a 亿元 axis for Chinese readers, values moved exactly', () => {
    const { container } = renderChart('zh');
    expect(container.querySelector('figcaption')).toHaveTextContent('时期 · 亿元');
    expect([...container.querySelectorAll('.recharts-label-list text')].map((t) => t.textContent)).toEqual(['501', '882']);
  });

  it('keeps them in billion yuan for English readers', () => {
    const { container } = renderChart('en');
    expect(container.querySelector('figcaption')).toHaveTextContent('billion yuan');
    expect([...container.querySelectorAll('.recharts-label-list text')].map((t) => t.textContent)).toEqual(['50.1', '88.2']);
  });
});
