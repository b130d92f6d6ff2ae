import { describe, expect, it } from 'vitest';
import { paddingAround } from './camera';

describe('paddingAround', () => {
  it('pushes China up, clear of legends in the lower half, and down, clear of one in the upper half', () => {
    const legends = [
      { left: 12, top: 560, right: 300, bottom: 620 }, // the shading key
      { left: 12, top: 628, right: 172, bottom: 740 }, // the type legend
    ];
    expect(paddingAround(legends, 712)).toEqual({ top: 16, bottom: 712 - 560 + 8, left: 16, right: 16 });
    expect(paddingAround([{ left: 16, top: 16, right: 460, bottom: 64 }], 600)).toEqual({ top: 72, bottom: 16, left: 16, right: 16 });
  });

  it('keeps the plain margin without legends', () => {
    expect(paddingAround([], 500)).toEqual({ top: 16, bottom: 16, left: 16, right: 16 });
  });
});
