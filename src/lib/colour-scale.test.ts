import { describe, expect, it } from 'vitest';
import { classify, sequentialRamp } from './colour-scale';

/** WCAG relative luminance, to check the ramp's lightness steps (not the code under test). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

describe('sequentialRamp', () => {
  it('runs light to dark in clear lightness steps', () => {
    for (let i = 1; i < sequentialRamp.length; i++) {
      expect(luminance(sequentialRamp[i] ?? '')).toBeLessThan(luminance(sequentialRamp[i - 1] ?? ''));
      expect(contrast(sequentialRamp[i] ?? '', sequentialRamp[i - 1] ?? '')).toBeGreaterThan(1.5);
    }
  });

  it('keeps its lightest step apart from the basemap land colour', () => {
    expect(contrast(sequentialRamp[0] ?? "", '#f4f1ea')).toBeGreaterThan(1.4);
  });
});

describe('classify', () => {
  it('gives each of a few distinct small integers its own class, spread over the ramp', () => {
    const { colours, legend } = classify({ 甘肃省: 1, 四川省: 2, 广东省: 4, 江苏省: 2 });
    expect(legend.map(({ from, to }) => [from, to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
    expect(legend.map((l) => l.colour)).toEqual([sequentialRamp[0], sequentialRamp[2], sequentialRamp[4]]);
    expect(colours['四川省']).toBe(colours['江苏省']);
    expect(colours['广东省']).toBe(sequentialRamp[4]);
  });

  it('never splits one value across classes and leaves no integer between classes', () => {
    const values = Object.fromEntries([1, 1, 1, 1, 1, 2, 2, 3, 5, 7, 9, 12].map((v, i) => [`p${i}`, v]));
    const { colours, legend } = classify(values);
    expect(legend.length).toBeLessThanOrEqual(5);
    expect(legend[0]).toMatchObject({ from: 1, to: 1 });
    legend.slice(1).forEach((entry, i) => expect(entry.from).toBe((legend[i]?.to ?? 0) + 1));
    expect(legend[legend.length - 1]?.to).toBe(12);
    expect(new Set(['p0', 'p1', 'p2', 'p3', 'p4'].map((k) => colours[k])).size).toBe(1);
  });

  it('uses the values’ own ranges for decimals (areas in km²)', () => {
    const { legend } = classify({ a: 5.65, b: 12.49, c: 46.8, d: 110, e: 482, f: 1210.41, g: 2270 }, 3);
    expect(legend.map(({ from, to }) => [from, to])).toEqual([
      [5.65, 46.8],
      [110, 482],
      [1210.41, 2270],
    ]);
  });

  it('returns no classes for no values, and skips values that are not numbers', () => {
    expect(classify({})).toEqual({ colours: {}, legend: [] });
    expect(classify({ a: Number.NaN, b: 3 }).colours).toEqual({ b: sequentialRamp[2] });
  });
});
