import { describe, expect, it } from 'vitest';
import { closeRing, decodeGeometry, decodeRing, fixPolygonWinding, ringSignedArea } from './echarts-geo';

// Hand-encoded: each character is 64 + zigzag(delta), zigzag(d) = d >= 0 ? 2d : -2d - 1.
//   '@' 64 → zz 0 → 0      'D' 68 → zz 4 → +2     'H' 72 → zz 8 → +4
//   'A' 65 → zz 1 → -1     'C' 67 → zz 3 → -2     'р' U+0440 = 1088 → zz 1024 → +512
// Offsets start at (102400, 30720), i.e. (100, 30) at scale 1024.
const ENCODED = '@DHA\u0440C';
const OFFSET: [number, number] = [102400, 30720];
const EXPECTED = [
  [100, 30.001953125], // (102400 + 0, 30720 + 2) / 1024
  [100.00390625, 30.0009765625], // (102404, 30721) / 1024
  [100.50390625, 29.9990234375], // (102916, 30719) / 1024
];

const ccwSquare = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
const cwSquare = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];

describe('decodeRing', () => {
  it('undoes the zigzag delta encoding and the quantisation', () => {
    expect(decodeRing(ENCODED, OFFSET)).toEqual(EXPECTED);
  });

  it('honours a custom scale', () => {
    // Same integers at scale 2048: (102400, 30722) / 2048 = (50, 15.0009765625).
    expect(decodeRing('@D', OFFSET, 2048)).toEqual([[50, 15.0009765625]]);
  });

  it('rejects a string that cannot hold whole vertices', () => {
    expect(() => decodeRing('@DH', OFFSET)).toThrow(/odd length/);
  });
});

describe('decodeGeometry', () => {
  it('keeps every MultiPolygon member as its own polygon', () => {
    const polygons = decodeGeometry({
      type: 'MultiPolygon',
      coordinates: [['@D'], ['@D']],
      encodeOffsets: [[[0, 0]], [[1024, 1024]]],
    });
    expect(polygons).toEqual([[[[0, 2 / 1024]]], [[[1, 1 + 2 / 1024]]]]);
  });

  it('reads a Polygon as one polygon with its rings in order', () => {
    const polygons = decodeGeometry({ type: 'Polygon', coordinates: [ENCODED, '@D'], encodeOffsets: [OFFSET, [0, 0]] });
    expect(polygons).toEqual([[EXPECTED, [[0, 2 / 1024]]]]);
  });
});

describe('ringSignedArea', () => {
  it('is positive for counter-clockwise rings and negative for clockwise ones', () => {
    expect(ringSignedArea(ccwSquare)).toBe(1);
    expect(ringSignedArea(cwSquare)).toBe(-1);
  });
});

describe('fixPolygonWinding', () => {
  it('turns a clockwise outer ring counter-clockwise', () => {
    const [outer] = fixPolygonWinding([cwSquare]);
    expect(outer).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
    expect(ringSignedArea(outer!)).toBeGreaterThan(0);
  });

  it('makes holes clockwise and counts what it reversed', () => {
    const hole = [[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.75], [0.25, 0.25]];
    const stats = { rings: 0, reversed: 0 };
    const [outer, fixedHole] = fixPolygonWinding([ccwSquare, hole], stats);
    expect(outer).toEqual(ccwSquare);
    expect(ringSignedArea(fixedHole!)).toBeLessThan(0);
    expect(stats).toEqual({ rings: 2, reversed: 1 });
  });
});

describe('closeRing', () => {
  it('repeats the first position at the end only when missing', () => {
    expect(closeRing([[0, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
    expect(closeRing(ccwSquare)).toEqual(ccwSquare);
  });
});
