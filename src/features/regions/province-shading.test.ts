import { describe, expect, it } from 'vitest';
import { sequentialRamp } from '../../lib/colour-scale';
import type { IndicatorsFile } from '../../schemas/indicator';
import { provinceColours } from './province-shading';
import { economyDefinitions, provinceRow } from './test-indicators';
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

  it('shades host provinces by their own figure, in one unit, leaving provinces without one, or without zones, as no data', () => {
    const indicators: IndicatorsFile = {
      definitions: economyDefinitions,
      rows: [
        provinceRow('辽宁省', 'gdp', 3020.94, 'billion yuan', '2023'),
        provinceRow('甘肃省', 'gdp', 11863.8, '亿元', '2023'),
        provinceRow('上海市', 'gdp', 40000, '亿元', '2022'),
        provinceRow('河北省', 'gdp', 43944.1, '亿元', '2023'),
      ],
    };
    const { colours, legend } = provinceColours(zones, 'gdp', indicators);
    expect(Object.keys(colours).sort()).toEqual(['甘肃省', '辽宁省'].sort());
    expect(legend.map(({ from, to }) => [from, to])).toEqual([
      [11863.8, 11863.8],
      [30209.4, 30209.4],
    ]);
    expect(provinceColours(zones, 'gdp', indicators).column?.period).toBe('2023');
    expect(provinceColours(zones, 'zones', indicators).column).toBeNull();
    expect(provinceColours(zones, 'gdp').colours).toEqual({});
  });
});
