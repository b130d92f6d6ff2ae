// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fullscreenSupported, toggleFullscreen } from './fullscreen';

const root = document.documentElement as { requestFullscreen?: unknown };
const original = root.requestFullscreen;

function stub(enabled: boolean, request?: () => Promise<void>) {
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: enabled });
  root.requestFullscreen = request;
}

afterEach(() => {
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: undefined });
  root.requestFullscreen = original;
});

describe('toggleFullscreen', () => {
  it('does nothing, without throwing, where fullscreen is unsupported', async () => {
    const request = vi.fn(() => Promise.resolve());
    stub(false, request);
    expect(fullscreenSupported()).toBe(false);
    await expect(toggleFullscreen()).resolves.toBe(false);
    expect(request).not.toHaveBeenCalled();
  });

  it('asks for fullscreen on the whole page', async () => {
    const request = vi.fn(() => Promise.resolve());
    stub(true, request);
    await toggleFullscreen();
    expect(request).toHaveBeenCalledOnce();
  });

  it('survives the browser refusing', async () => {
    stub(true, () => Promise.reject(new TypeError('Permissions check failed')));
    await expect(toggleFullscreen()).resolves.toBe(false);
  });
});
