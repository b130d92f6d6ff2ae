// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangProvider } from '../../lib/i18n';
import type { IndicatorRow, IndicatorsFile } from '../../schemas/indicator';
import { testZone } from '../../test/zone';
import { CohortPosition } from './cohort-position';

const zones = ['a', 'b', 'c'].map((id) => testZone(id, { name_zh: `${id}新区`, name_en: `${id} New Area` }));
const row = (subject: string, value: number): IndicatorRow => ({
  subject,
  scope: 'zone',
  indicator: 'gdp',
  value,
  unit: '亿元',
  period: '2023',
  qualifier: 'exact',
  source: { kind: 'article', article_id: '000', sentence: `${subject}新区生产总值${value}亿元。` },
});
const file = (rows: IndicatorRow[]): IndicatorsFile => ({ definitions: [{ id: 'gdp', label_zh: '地区生产总值', label_en: 'GDP', kind: 'level' }], rows });

const renderIt = (rows: IndicatorRow[], lang: 'zh' | 'en') =>
  render(
    <LangProvider lang={lang}>
      <CohortPosition zoneId="b" zones={zones} indicators={file(rows)} />
    </LangProvider>,
  );

afterEach(cleanup);

describe('CohortPosition', () => {
  it('states the rank with value, unit, period and source, and draws the cohort as dots', () => {
    const { container } = renderIt([row('a', 300), row('b', 200), row('c', 100)], 'en');
    expect(screen.getByText('2nd of 3 national new areas in this atlas, largest first')).toBeInTheDocument();
    const item = container.querySelector('[data-cohort="gdp"]') as HTMLElement;
    expect(item).toHaveTextContent('GDP');
    expect(item).toHaveTextContent('2023');
    expect(item).toHaveTextContent('b新区生产总值200亿元。');
    expect(item.querySelectorAll('circle')).toHaveLength(3);
  });

  it('keeps the value with its unit as printed', () => {
    const { container } = renderIt([row('a', 300), row('b', 200), row('c', 100)], 'zh');
    expect(container.querySelector('[data-cohort="gdp"]')).toHaveTextContent('地区生产总值200亿元2023年本图 3 个国家级新区中第 2（由大到小）');
  });

  it('keeps the qualifier the source printed (近, 超过 …) with the value, in the text and on the dots', () => {
    const { container } = renderIt([row('a', 300), { ...row('b', 200), qualifier: 'nearly' }, { ...row('c', 100), qualifier: 'over' }], 'zh');
    const item = container.querySelector('[data-cohort="gdp"]') as HTMLElement;
    expect(item).toHaveTextContent('地区生产总值近 200亿元2023年');
    expect([...item.querySelectorAll('circle title')].map((t) => t.textContent?.split(' — ')[0])).toEqual(['a新区: 300亿元', 'b新区: 近 200亿元', 'c新区: 超过 100亿元']);
    // a chevron points the way each bound's true value lies: left of "近 200", right of "超过 100"
    expect([...item.querySelectorAll('[data-bound]')].map((b) => b.getAttribute('data-bound'))).toEqual(['ceiling', 'floor']);
    // "近 200" is under 200, "超过 100" over 100: either may be the larger, so b's place is open
    expect(item).toHaveTextContent('本图 3 个国家级新区中第 2–3（由大到小）');
  });

  it('says so in English when a bound leaves the place open', () => {
    renderIt([row('a', 300), { ...row('b', 250), qualifier: 'over' }, row('c', 100)], 'en');
    expect(screen.getByText('1st to 2nd of 3 national new areas in this atlas, largest first')).toBeInTheDocument();
  });

  it('ranks no indicator that fewer than three zones share, but still places the zone by approval', () => {
    const { container } = renderIt([row('a', 300), row('b', 200)], 'zh');
    expect(container.querySelector('[data-cohort="gdp"]')).toBeNull();
    expect(container.querySelector('[data-cohort="fact-approved"]')).toHaveTextContent('按批复年份，在本图 3 个国家级新区中第 1 个获批');
  });

  it('renders nothing when the type has fewer than three zones', () => {
    const { container } = render(
      <LangProvider lang="zh">
        <CohortPosition zoneId="a" zones={zones.slice(0, 2)} indicators={file([row('a', 300), row('b', 200)])} />
      </LangProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
