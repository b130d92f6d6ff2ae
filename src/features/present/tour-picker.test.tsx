// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../lib/i18n';
import { tourSchema } from '../../schemas/tour';
import { CaptionBar } from './caption-bar';
import { TourPicker } from './tour-picker';

const view = { center: [104, 30], zoom: 5 };
const step = { kind: 'regions', view, caption: { zh: '分布', en: 'Spread' } };
const tours = [
  tourSchema.parse({ id: 'etdz', title: { zh: '经开区40年', en: 'Forty years of ETDZs' }, steps: [step, step] }),
  tourSchema.parse({ id: 'west', title: { zh: '西部新区', en: 'Western new areas' }, description: { zh: '六个新区', en: 'Six areas' }, steps: [step] }),
];

afterEach(cleanup);

describe('TourPicker', () => {
  it('lists the tours and starts the one picked', async () => {
    const onStart = vi.fn();
    render(
      <LangProvider lang="en">
        <TourPicker tours={tours} onStart={onStart} />
      </LangProvider>,
    );
    expect(screen.getByText('2 steps')).toBeInTheDocument();
    expect(screen.getByText('Six areas')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Start tour: Western new areas' }));
    expect(onStart).toHaveBeenCalledWith('west');
  });
});

describe('CaptionBar', () => {
  it('shows title, caption and source in a live region', () => {
    render(
      <LangProvider lang="zh">
        <CaptionBar title="大连经开区" caption="我国第一家国家级经开区。" source="勇当改革开放排头兵" />
      </LangProvider>,
    );
    const band = screen.getByRole('heading', { name: '大连经开区' }).closest('section');
    expect(band).toHaveAttribute('aria-live', 'polite');
    expect(band).toHaveTextContent('来源: 勇当改革开放排头兵');
  });
});
