/**
 * Splitting polygons at the antimeridian.
 *
 * world-atlas' TopoJSON is made for d3's spherical rendering, so a country crossing ±180° (Russia's
 * Chukotka and Wrangel Island) comes out as one ring that jumps from 179.9° to -180°. Drawn on a
 * flat map, those jumps become edges spanning the whole world and fill a band across Alaska, Canada
 * and Scandinavia. Cutting the ring at the seam gives two planar pieces, as RFC 7946 recommends.
 */
import type { Position } from 'geojson';
import type { PolygonRings, Ring } from './echarts-geo';

const crossesSeam = (ring: readonly Position[]) =>
  ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180);

/** Makes longitudes continuous by undoing ±360° jumps, so the ring may run past ±180°. */
export function unwrapRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  let shift = 0;
  for (const [i, p] of ring.entries()) {
    if (i > 0) {
      const dx = p[0]! - ring[i - 1]![0]!;
      if (dx > 180) shift -= 360;
      else if (dx < -180) shift += 360;
    }
    out.push([p[0]! + shift, p[1]!]);
  }
  return out;
}

/** Sutherland–Hodgman against one meridian, keeping the part of the ring on `side` of it. */
export function clipRingAtLongitude(ring: readonly Position[], seam: number, side: 'west' | 'east'): Ring {
  const inside = (p: Position) => (side === 'west' ? p[0]! <= seam : p[0]! >= seam);
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i]!;
    const previous = ring[(i + ring.length - 1) % ring.length]!;
    if (inside(current) !== inside(previous)) {
      const t = (seam - previous[0]!) / (current[0]! - previous[0]!);
      out.push([seam, previous[1]! + t * (current[1]! - previous[1]!)]);
    }
    if (inside(current)) out.push([current[0]!, current[1]!]);
  }
  return out;
}

/**
 * Returns the polygon unchanged when it does not cross the seam, else its pieces on either side,
 * shifted back into -180..180. A ring that circles a pole cannot be unwrapped into a closed shape,
 * so such polygons are left as they are.
 */
export function splitAtAntimeridian(polygon: readonly Ring[]): PolygonRings[] {
  if (!polygon.some(crossesSeam)) return [[...polygon]];
  const unwrapped = polygon.map(unwrapRing);
  // A ring whose jumps do not cancel out goes round a pole: no planar split is meaningful.
  const windsRoundPole = unwrapped.some(
    (ring, i) => ring.length > 0 && ring[ring.length - 1]![0] !== lastLongitude(polygon[i]!),
  );
  const [outer, ...holes] = unwrapped;
  if (!outer || windsRoundPole) return [[...polygon]];

  const outerMid = meanLongitude(outer);
  // Holes were unwrapped on their own, so bring each to the same 360° copy as the outer ring.
  const alignedHoles = holes.map((ring) => shiftRing(ring, 360 * Math.round((outerMid - meanLongitude(ring)) / 360)));
  const seam = Math.max(...outer.map((p) => p[0]!)) > 180 ? 180 : -180;
  const pieces: PolygonRings[] = [];
  for (const side of ['west', 'east'] as const) {
    const outerPiece = clipRingAtLongitude(outer, seam, side);
    if (outerPiece.length < 3) continue;
    const holePieces = alignedHoles.map((ring) => clipRingAtLongitude(ring, seam, side)).filter((ring) => ring.length >= 3);
    const piece = [outerPiece, ...holePieces];
    const beyondSeam = seam === 180 ? side === 'east' : side === 'west';
    pieces.push(beyondSeam ? piece.map((ring) => shiftRing(ring, seam === 180 ? -360 : 360)) : piece);
  }
  return pieces;
}

function lastLongitude(ring: readonly Position[]): number | undefined {
  return ring[ring.length - 1]?.[0];
}

function meanLongitude(ring: readonly Position[]): number {
  return ring.reduce((sum, p) => sum + p[0]!, 0) / Math.max(ring.length, 1);
}

function shiftRing(ring: readonly Position[], dx: number): Ring {
  return ring.map((p) => [p[0]! + dx, p[1]!]);
}
