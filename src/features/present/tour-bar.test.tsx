// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider, type Lang } from '../../lib/i18n';
import { tourSchema } from '../../schemas/tour';
import { TourBar } from './tour-bar';

const view = { center: [104, 30], zoom: 5 };
const tour = tourSchema.parse({
  id: 'western',
  title: { zh: '西部新区', en: 'Western new areas' },
  steps: ['a', 'b', 'c', 'd'].map((zone) => ({ kind: 'zone', zone, view, caption: { zh: zone, en: zone } })),
});

function renderBar(stepIndex: number, lang: Lang = 'en') {
  const onGo = vi.fn();
  const onExit = vi.fn();
  render(
    <LangProvider lang={lang}>
      <input aria-label="search" />
      <TourBar tour={tour} stepIndex={stepIndex} onGo={onGo} onExit={onExit} />
    </LangProvider>,
  );
  return { onGo, onExit, user: userEvent.setup() };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TourBar', () => {
  it('shows the title and where the talk is', () => {
    renderBar(2);
    expect(screen.getByRole('heading', { name: 'Western new areas' })).toBeInTheDocument();
    expect(screen.getByLabelText('Step 3 of 4')).toHaveTextContent('3 / 4');
    expect(screen.getByRole('button', { name: 'Go to step 3' })).toHaveAttribute('aria-current', 'step');
  });

  it('speaks Chinese under a Chinese provider', () => {
    renderBar(0, 'zh');
    expect(screen.getByRole('heading', { name: '西部新区' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /下一步/ })).toBeEnabled();
  });

  it('moves with the buttons and the dots', async () => {
    const { onGo, onExit, user } = renderBar(1);
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    await user.click(screen.getByRole('button', { name: 'Go to step 4' }));
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(onGo.mock.calls).toEqual([[2], [0], [3]]);
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('disables Previous on the first step and Next on the last', () => {
    renderBar(0);
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    cleanup();
    renderBar(3);
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();
  });

  it('moves with presenter keys', async () => {
    const { onGo, onExit, user } = renderBar(1);
    await user.keyboard('{ArrowRight}{PageDown}{ }{ArrowLeft}{PageUp}{Home}{End}{Escape}');
    expect(onGo.mock.calls).toEqual([[2], [2], [2], [0], [0], [0], [3]]);
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('does not move on the ends or on browser shortcuts', async () => {
    const { onGo, user } = renderBar(3);
    await user.keyboard('{ArrowRight}{End}{Alt>}{ArrowLeft}{/Alt}');
    expect(onGo).not.toHaveBeenCalled();
  });

  it('ignores keys typed into a field', async () => {
    const { onGo, onExit, user } = renderBar(1);
    await user.click(screen.getByRole('textbox', { name: 'search' }));
    await user.keyboard('{ArrowRight}{ }f{Escape}');
    expect(onGo).not.toHaveBeenCalled();
    expect(onExit).not.toHaveBeenCalled();
  });

  it('toggles fullscreen with F', () => {
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    document.documentElement.requestFullscreen = request;
    renderBar(0);
    fireEvent.keyDown(window, { key: 'f' });
    expect(request).toHaveBeenCalledOnce();
  });
});
