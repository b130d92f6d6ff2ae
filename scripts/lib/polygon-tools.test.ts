import { describe, expect, it } from 'vitest';
import { splitAtAntimeridian } from './antimeridian';
import { ringSignedArea } from './echarts-geo';
import { cleanPolygons, cleanRing, interiorPoint } from './polygon-tools';
import { pointInPolygon } from './provinces';

describe('cleanRing', () => {
  it('rounds, drops repeated vertices and closes the ring', () => {
    const ring = [[0.00004, 0], [1, 0], [1.00001, 0.00002], [1, 1], [0, 1]];
    expect(cleanRing(ring, 4)).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
  });

  it('drops a ring that only goes out and back', () => {
    expect(cleanRing([[0, 0], [1, 1], [0, 0]], 4)).toBeNull();
  });
});

describe('cleanPolygons', () => {
  it('orients separate clockwise parts as separate outer rings, not holes', () => {
    const cw = (x: number) => [[x, 0], [x, 1], [x + 1, 1], [x + 1, 0], [x, 0]];
    const stats = { rings: 0, reversed: 0, droppedRings: 0 };
    const polygons = cleanPolygons([[cw(0)], [cw(5)], [[[9, 9], [9, 10], [9, 9]]]], 4, stats);
    expect(polygons).toHaveLength(2);
    for (const [outer] of polygons) expect(ringSignedArea(outer!)).toBeGreaterThan(0);
    expect(stats).toEqual({ rings: 2, reversed: 2, droppedRings: 1 });
  });
});

describe('interiorPoint', () => {
  it('lands inside a U shape whose centroid is outside', () => {
    const u = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    const [x, y] = interiorPoint([u]);
    expect(pointInPolygon(x!, y!, [u])).toBe(true);
  });

  it('avoids a hole in the middle', () => {
    const outer = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    const hole = [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]];
    const [x, y] = interiorPoint([outer, hole]);
    expect(pointInPolygon(x!, y!, [outer, hole])).toBe(true);
  });
});

describe('splitAtAntimeridian', () => {
  it('leaves a polygon that does not cross ±180° alone', () => {
    const ring = [[10, 0], [11, 0], [11, 1], [10, 0]];
    expect(splitAtAntimeridian([ring])).toEqual([[ring]]);
  });

  it('cuts a ring that jumps across ±180° into one piece on each side', () => {
    // From 179 east to -179 (181 unwrapped), as world-atlas stores Chukotka.
    const ring = [[179, 60], [-179, 60], [-179, 62], [179, 62], [179, 60]];
    const pieces = splitAtAntimeridian([ring]);
    expect(pieces).toHaveLength(2);
    const spans = pieces.map(([outer]) => {
      const xs = outer!.map((p) => p[0]!);
      return [Math.min(...xs), Math.max(...xs)];
    });
    expect(spans).toEqual([
      [179, 180],
      [-180, -179],
    ]);
  });
});
