// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LangProvider } from '../../lib/i18n';
import { testZone } from '../../test/zone';
import { Legend } from './legend';

const zones = [testZone('a', { type: 'new-area' }), testZone('b', { type: 'new-area' }), testZone('c', { type: 'etdz' })];

afterEach(cleanup);

describe('Legend', () => {
  it('folds into one line of short names and back, from its title', async () => {
    render(
      <LangProvider lang="zh">
        <Legend zones={zones} />
      </LangProvider>,
    );
    const legend = screen.getByRole('group', { name: '类型' });
    const toggle = screen.getByRole('button', { name: /类型/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(legend).toHaveTextContent('国家级新区2');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(legend).toHaveTextContent('新区高新区经开区综保区');
    expect(legend).not.toHaveTextContent('国家级新区');
    expect(legend).not.toHaveTextContent('2');
    await userEvent.click(toggle);
    expect(legend).toHaveTextContent('国家级经开区1');
  });

  it('is one line with no fold button when presenting', () => {
    render(
      <LangProvider lang="en">
        <Legend zones={zones} row />
      </LangProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('group', { name: 'Zone type' })).toHaveTextContent('New areaHigh-tech zoneETDZBonded zone');
  });

  it('adds the halo of an approximate position, with how many zones have one, only when some do', async () => {
    const located = [testZone('a', { type: 'new-area', uncertain: ['position'] }), testZone('b', { type: 'etdz', uncertain: ['position', 'approved'] }), testZone('c', { type: 'etdz', uncertain: ['approved'] })];
    render(
      <LangProvider lang="zh">
        <Legend zones={located} />
      </LangProvider>,
    );
    const row = screen.getByTestId('legend-approximate');
    expect(row).toHaveTextContent('位置为大致位置2');
    expect(row).toHaveAttribute('title', expect.stringContaining('带晕圈的点'));
    await userEvent.click(screen.getByRole('button', { name: /类型/ }));
    expect(screen.getByTestId('legend-approximate')).toHaveTextContent(/^大致位置$/);
    cleanup();
    render(
      <LangProvider lang="zh">
        <Legend zones={zones} />
      </LangProvider>,
    );
    expect(screen.queryByTestId('legend-approximate')).toBeNull();
  });
});
