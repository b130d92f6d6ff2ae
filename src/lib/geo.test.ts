import { describe, expect, it } from 'vitest';
import { kmBetween } from './geo';

describe('kmBetween', () => {
  it('gives great-circle distances', () => {
    // Beijing (Tiananmen) to Shanghai (People's Square): about 1,067 km
    expect(kmBetween([116.4074, 39.9042], [121.4737, 31.2304])).toBeCloseTo(1067.3, 0);
    // one degree of latitude is about 111.2 km anywhere
    expect(kmBetween([100, 30], [100, 31])).toBeCloseTo(111.19, 1);
    expect(kmBetween([100, 30], [100, 30])).toBe(0);
  });
});
