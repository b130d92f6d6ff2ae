// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlayback, type PlaybackOptions } from './use-playback';

function stubReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

const start = (options: Partial<PlaybackOptions> = {}) =>
  renderHook((props: PlaybackOptions) => usePlayback(props), { initialProps: { from: 1984, to: 1990, playing: true, ...options } });
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const press = (key: string) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  act(() => {
    window.dispatchEvent(event);
  });
  return event.defaultPrevented;
};

beforeEach(() => {
  vi.useFakeTimers();
  stubReducedMotion(false);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('usePlayback', () => {
  it('advances one year about every 700 ms and stops at the last year', () => {
    const { result } = start();
    expect(result.current).toMatchObject({ year: 1984, running: true, done: false });
    wait(699);
    expect(result.current.year).toBe(1984);
    wait(1);
    expect(result.current.year).toBe(1985);
    wait(700 * 10);
    expect(result.current).toMatchObject({ year: 1990, running: false, done: true });
  });

  it('pauses and resumes with Space and k', () => {
    const { result } = start();
    wait(700);
    expect(press(' ')).toBe(true);
    wait(2100);
    expect(result.current).toMatchObject({ year: 1985, running: false });
    press('k');
    wait(700);
    expect(result.current).toMatchObject({ year: 1986, running: true });
  });

  it('leaves Space to the tour once finished, and k starts again', () => {
    const { result } = start({ to: 1985 });
    wait(700);
    expect(result.current.done).toBe(true);
    expect(press(' ')).toBe(false);
    press('k');
    expect(result.current.year).toBe(1984);
  });

  it('neither runs nor claims keys while its step is not shown', () => {
    const { result } = start({ playing: false });
    wait(2100);
    expect(result.current).toMatchObject({ year: 1984, running: false });
    expect(press(' ')).toBe(false);
  });

  it('starts over when given another range', () => {
    const { result, rerender } = start();
    wait(1400);
    rerender({ from: 1985, to: 1995, playing: true });
    expect(result.current.year).toBe(1985);
  });

  it('shows the last year at once under prefers-reduced-motion', () => {
    stubReducedMotion(true);
    const { result } = start();
    expect(result.current).toMatchObject({ year: 1990, running: false, done: true, reducedMotion: true });
    expect(press(' ')).toBe(false);
  });
});
