/**
 * Decoding of ECharts' compact map encoding and ring-winding repair.
 *
 * ECharts 4 ships its maps with `UTF8Encoding: true`: every ring is a string in which each pair of
 * characters is one vertex, stored as a zigzag-encoded delta from the previous vertex, offset by 64
 * so that it lands on a printable character. The first delta is relative to the ring's
 * `encodeOffsets` pair, and all integers are quantised by `UTF8Scale` (1024 when absent). This
 * mirrors `decodePolygon` in echarts/src/coord/geo/parseGeoJson.js.
 */
import type { Position } from 'geojson';

export type Ring = Position[];
/** A polygon as in GeoJSON: the outer ring first, then its holes. */
export type PolygonRings = Ring[];

export const DEFAULT_ENCODE_SCALE = 1024;

export type EncodedGeometry =
  | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
  | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };

export function decodeRing(encoded: string, offset: readonly [number, number], scale = DEFAULT_ENCODE_SCALE): Ring {
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has odd length ${encoded.length}`);
  const ring: Ring = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    prevX += unZigZag(encoded.charCodeAt(i) - 64);
    prevY += unZigZag(encoded.charCodeAt(i + 1) - 64);
    ring.push([prevX / scale, prevY / scale]);
  }
  return ring;
}

/** Zigzag maps 0,-1,1,-2,2… onto 0,1,2,3,4… so small deltas of either sign stay small. */
function unZigZag(n: number): number {
  return (n >> 1) ^ -(n & 1);
}

/**
 * Decodes a Polygon or MultiPolygon into a list of polygons, each a list of rings. Every encoded
 * MultiPolygon member stays its own polygon: ECharts draws each member as a separate filled shape,
 * so treating the later members as holes of the first would punch islands out of the map.
 */
export function decodeGeometry(geometry: EncodedGeometry, scale = DEFAULT_ENCODE_SCALE): PolygonRings[] {
  if (geometry.type === 'Polygon') {
    return [geometry.coordinates.map((ring, r) => decodeRing(ring, offsetAt(geometry.encodeOffsets[r]), scale))];
  }
  return geometry.coordinates.map((polygon, p) =>
    polygon.map((ring, r) => decodeRing(ring, offsetAt(geometry.encodeOffsets[p]?.[r]), scale)),
  );
}

function offsetAt(offset: readonly number[] | undefined): [number, number] {
  const [x, y] = offset ?? [];
  if (x === undefined || y === undefined) throw new Error('missing encodeOffsets for a ring');
  return [x, y];
}

/** Twice the planar signed area (shoelace); positive means counter-clockwise with y pointing north. */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += (a[0]! - b[0]!) * (a[1]! + b[1]!);
  }
  return sum / 2;
}

/** Returns a closed copy: RFC 7946 requires the last position to repeat the first. */
export function closeRing(ring: readonly Position[]): Ring {
  const out = ring.map((p) => [p[0]!, p[1]!]);
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out;
}

export type WindingStats = { rings: number; reversed: number };

export const emptyWindingStats = (): WindingStats => ({ rings: 0, reversed: 0 });

/**
 * Orients one polygon by ring position, never by the ring's current direction: the first ring is
 * the outer boundary (made counter-clockwise) and every later ring a hole (made clockwise), as RFC
 * 7946 asks. MapLibre's fill tessellation relies on this to tell outer rings from holes.
 */
export function fixPolygonWinding(polygon: readonly Ring[], stats: WindingStats = emptyWindingStats()): PolygonRings {
  return polygon.map((ring, index) => {
    const wantCcw = index === 0;
    const area = ringSignedArea(ring);
    stats.rings += 1;
    if (area !== 0 && area > 0 !== wantCcw) {
      stats.reversed += 1;
      return [...ring].reverse();
    }
    return ring;
  });
}
