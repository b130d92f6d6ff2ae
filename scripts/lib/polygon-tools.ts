/** Planar helpers shared by the basemap build: rounding, cleaning and picking label points. */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { closeRing, fixPolygonWinding, ringSignedArea, type PolygonRings, type Ring, type WindingStats } from './echarts-geo';

export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

export type CleanStats = WindingStats & { droppedRings: number };

export const emptyCleanStats = (): CleanStats => ({ rings: 0, reversed: 0, droppedRings: 0 });

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0 so the output does not depend on which side of zero a value rounded from.
  return Math.round(value * factor) / factor + 0;
}

/**
 * Rounds a ring, drops repeated consecutive vertices (rounding can merge neighbours) and closes it.
 * Returns null when too little is left to enclose any area: GeoJSON needs four positions, and the
 * ECharts china map contains "rings" that go out to a point and straight back.
 */
export function cleanRing(ring: readonly Position[], decimals: number): Ring | null {
  const rounded: Ring = [];
  for (const p of ring) {
    const q = [roundTo(p[0]!, decimals), roundTo(p[1]!, decimals)];
    const prev = rounded[rounded.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) rounded.push(q);
  }
  const closed = closeRing(rounded);
  if (closed.length < 4 || ringSignedArea(closed) === 0) return null;
  return closed;
}

/**
 * Cleans and orients each polygon. A polygon whose outer ring degenerates is dropped with its holes,
 * since holes cannot stand alone.
 */
export function cleanPolygons(
  polygons: readonly PolygonRings[],
  decimals: number,
  stats = emptyCleanStats(),
): PolygonRings[] {
  const out: PolygonRings[] = [];
  for (const polygon of polygons) {
    const rings: Ring[] = [];
    for (const [index, ring] of polygon.entries()) {
      const cleaned = cleanRing(ring, decimals);
      if (cleaned) rings.push(cleaned);
      else if (index === 0) {
        stats.droppedRings += polygon.length;
        break;
      } else stats.droppedRings += 1;
    }
    if (rings.length > 0) out.push(fixPolygonWinding(rings, stats));
  }
  return out;
}

export function toGeometry(polygons: readonly PolygonRings[]): Polygon | MultiPolygon {
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0]! };
  return { type: 'MultiPolygon', coordinates: [...polygons] };
}

export function geometryPolygons(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function ringsBBox(rings: readonly (readonly Position[])[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const p of ring) {
      box[0] = Math.min(box[0], p[0]!);
      box[1] = Math.min(box[1], p[1]!);
      box[2] = Math.max(box[2], p[0]!);
      box[3] = Math.max(box[3], p[1]!);
    }
  }
  return box;
}

export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Outer-ring area minus holes, for choosing a feature's main part. */
export function polygonArea(polygon: readonly Ring[]): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringSignedArea(ring)), 0);
}

export function largestPolygon(polygons: readonly PolygonRings[]): PolygonRings | undefined {
  let best: PolygonRings | undefined;
  let bestArea = -Infinity;
  for (const polygon of polygons) {
    const area = polygonArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

/**
 * A point well inside a polygon (holes honoured), for labels. The centroid can fall outside a
 * concave shape (a crescent, or Inner Mongolia), so instead: scan several horizontal lines, take the
 * middle of the widest stretch inside, then re-centre vertically along the line through it.
 */
export function interiorPoint(polygon: readonly Ring[], scanLines = 32): Position {
  const [minX, minY, maxX, maxY] = ringsBBox(polygon);
  let best: { x: number; y: number; width: number } | undefined;
  for (let i = 1; i <= scanLines; i++) {
    const y = minY + ((maxY - minY) * i) / (scanLines + 1);
    const span = widestSpan(crossings(polygon, y, 1, 0));
    if (span && (!best || span.length > best.width)) best = { x: span.mid, y, width: span.length };
  }
  if (!best) return [(minX + maxX) / 2, (minY + maxY) / 2];
  const column = insideSpans(crossings(polygon, best.x, 0, 1)).find((s) => s.from <= best.y && best.y <= s.to);
  return [best.x, column ? (column.from + column.to) / 2 : best.y];
}

/** Where the line `coord[axis] = value` crosses the rings, as positions along the other axis. */
function crossings(polygon: readonly Ring[], value: number, axis: 0 | 1, along: 0 | 1): number[] {
  const hits: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      // Half-open test so a vertex exactly on the line is counted once.
      if (a[axis]! > value !== b[axis]! > value) {
        hits.push(a[along]! + ((value - a[axis]!) * (b[along]! - a[along]!)) / (b[axis]! - a[axis]!));
      }
    }
  }
  return hits.sort((p, q) => p - q);
}

type Span = { from: number; to: number };

function insideSpans(sortedHits: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < sortedHits.length; i += 2) spans.push({ from: sortedHits[i]!, to: sortedHits[i + 1]! });
  return spans;
}

function widestSpan(sortedHits: readonly number[]): { mid: number; length: number } | undefined {
  let best: { mid: number; length: number } | undefined;
  for (const s of insideSpans(sortedHits)) {
    const length = s.to - s.from;
    if (!best || length > best.length) best = { mid: (s.from + s.to) / 2, length };
  }
  return best;
}
