import { describe, expect, it } from 'vitest';
import { sequentialRamp } from '../../lib/colour-scale';
import { provinceColours } from './province-shading';
import { zones } from './test-zones';

describe('provinceColours', () => {
  it('colours provinces by full name, darkest for the most zones', () => {
    const { colours, legend } = provinceColours(zones, 'zones');
    expect(colours['辽宁省']).toBe(sequentialRamp[4]);
    expect(colours['甘肃省']).not.toBe(colours['上海市']);
    expect(legend.map(({ from, to }) => [from, to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('leaves provinces without the measured type uncoloured', () => {
    expect(Object.keys(provinceColours(zones, 'new-area').colours).sort()).toEqual(['上海市', '甘肃省', '辽宁省'].sort());
    expect(provinceColours(zones, 'high-tech-zone').colours).not.toHaveProperty('甘肃省');
  });
});
