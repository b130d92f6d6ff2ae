import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Box } from './step-camera';

/** Mainland China with Hainan and the north-east: the default view when the link has no #map=. */
export const CHINA_BOUNDS: [[number, number], [number, number]] = [
  [75, 17],
  [134, 53.5],
];

export type Padding = { top: number; bottom: number; left: number; right: number };

/**
 * The padding that keeps the default view of China clear of the legends over the map: a legend in
 * the lower half pushes the country up, one in the upper half pushes it down. Left and right stay
 * at the margin, so where the map has height to spare China moves rather than shrinks.
 */
export function paddingAround(overlays: readonly Box[], height: number, margin = 16): Padding {
  let top = margin;
  let bottom = margin;
  for (const o of overlays) {
    if ((o.top + o.bottom) / 2 > height / 2) bottom = Math.max(bottom, height - o.top + margin / 2);
    else top = Math.max(top, o.bottom + margin / 2);
  }
  return { top, bottom, left: margin, right: margin };
}

/** A zone label for the default view: where its dot is and how long its text is, in ems. */
export type LabelReach = { lngLat: [number, number]; ems: number };

/**
 * A label's length in ems, roughly: a Chinese character is an em, other characters about 0.6 of
 * one, and MapLibre wraps a line at 10 ems (its `text-max-width`).
 */
export function labelEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return Math.min(ems, 10);
}

/**
 * How far, in px, the farthest label runs past the map's right edge (less the margin), when labels
 * sit right of their dots, 0.9 em out (`text-radial-offset`), or into a map control (the zoom
 * buttons, the scale) that stands right of its dot at its height. 0 when every label fits.
 */
export function labelOverflow(labels: readonly { x: number; y: number; ems: number }[], textSize: number, width: number, height: number, margin = 16, controls: readonly Box[] = []): number {
  let over = 0;
  // A long label wraps to two lines centred on its dot.
  const half = LABEL_HALF_HEIGHT * textSize;
  for (const l of labels) {
    if (l.y < 0 || l.y > height || l.x < 0 || l.x > width) continue;
    let end = width - margin / 2;
    for (const c of controls) if (c.left > l.x && c.top < l.y + half && c.bottom > l.y - half) end = Math.min(end, c.left - margin / 2);
    over = Math.max(over, l.x + (0.9 + l.ems) * textSize - end);
  }
  return Math.ceil(over);
}

/** Half the height of a label of two lines, in ems (MapLibre's line height is 1.2 em). */
export const LABEL_HALF_HEIGHT = 1.2;

/**
 * Fits all of China: clear of the legends when that costs at most a quarter of a zoom level,
 * otherwise with the plain margin (a small map keeps China large, legends or not). Labels of the
 * eastern zones (Harbin, Changchun) run right of their dots: when one would run off the map or
 * under a map control (`controls`: the zoom buttons and the scale in the lower right), China
 * moves left by as much, if that too costs at most a quarter of a zoom level. What still runs off
 * then (a small map with large type) is met by sliding China further west, at no cost in zoom: the
 * far west of Xinjiang and Tibet, where no zone lies, goes past the left edge, but no dot comes
 * nearer than {@link DOT_ROOM} to that edge or to a legend.
 */
export function fitChina(map: MapLibreMap, overlays: readonly Box[], margin = 16, labels: readonly LabelReach[] = [], textSize: (zoom: number) => number = () => 12, controls: readonly Box[] = []) {
  const height = map.getContainer().clientHeight;
  const clearPadding = paddingAround(overlays, height, margin);
  const plainPadding = { top: margin, bottom: margin, left: margin, right: margin };
  const plain = map.cameraForBounds(CHINA_BOUNDS, { padding: plainPadding });
  const clear = map.cameraForBounds(CHINA_BOUNDS, { padding: clearPadding });
  if (!plain) return;
  const useClear = clear !== undefined && (clear.zoom ?? 0) >= (plain.zoom ?? 0) - 0.25;
  const view = useClear ? clear : plain;
  map.jumpTo(view);
  if (labels.length === 0) return;
  const width = map.getContainer().clientWidth;
  const base = useClear ? clearPadding : plainPadding;
  let right = base.right;
  const overflow = () => labelOverflow(placedLabels(map, labels), textSize(map.getZoom()), width, height, margin, controls);
  // Zooming out to make room moves the labels too: a few rounds settle it.
  for (let round = 0; round < 4; round++) {
    const over = overflow();
    if (over <= 0) return;
    right += over;
    const roomier = map.cameraForBounds(CHINA_BOUNDS, { padding: { ...base, right } });
    if (!roomier || (roomier.zoom ?? 0) < (view.zoom ?? 0) - 0.25) {
      map.jumpTo(view);
      break;
    }
    map.jumpTo(roomier);
  }
  const placed = placedLabels(map, labels);
  const over = labelOverflow(placed, textSize(map.getZoom()), width, height, margin, controls);
  if (over <= 0) return;
  const shift = Math.min(over, westwardRoom(placed, overlays, width, height));
  if (shift > 0) map.jumpTo({ center: map.unproject([width / 2 + shift, height / 2]) });
}

/** How near, in px, a dot may come to the map's left edge or to a legend when China slides west. */
export const DOT_ROOM = 40;

const placedLabels = (map: MapLibreMap, labels: readonly LabelReach[]) => labels.map((l) => ({ ...map.project(l.lngLat), ems: l.ems }));

/**
 * How far, in px, China may slide west before a dot on the map comes within {@link DOT_ROOM} of
 * the left edge, or of a legend beside it (one at the dot's height, left of it).
 */
export function westwardRoom(dots: readonly { x: number; y: number }[], overlays: readonly Box[], width: number, height: number): number {
  let room = Infinity;
  for (const d of dots) {
    if (d.y < 0 || d.y > height || d.x < 0 || d.x > width) continue;
    room = Math.min(room, d.x - DOT_ROOM);
    for (const o of overlays) {
      const beside = d.y >= o.top - DOT_ROOM && d.y <= o.bottom + DOT_ROOM && d.x >= o.right;
      if (beside) room = Math.min(room, d.x - o.right - DOT_ROOM);
    }
  }
  return Number.isFinite(room) ? Math.max(0, Math.floor(room)) : 0;
}

export const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Whether a point is inside the visible map with a margin, in pixels, and not under an overlay (a legend, a control) or within `margin / 2` of one. */
export function isComfortablyVisible(map: MapLibreMap, lngLat: [number, number], margin = 60, overlays: readonly Box[] = []): boolean {
  const { x, y } = map.project(lngLat);
  const canvas = map.getCanvas();
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const near = margin / 2;
  const underOverlay = overlays.some((o) => x >= o.left - near && x <= o.right + near && y >= o.top - near && y <= o.bottom + near);
  return x >= margin && y >= margin && x <= width - margin && y <= height - margin && !underOverlay;
}

/**
 * Where a zone's dot goes when the camera brings it into view, as an offset from the map's centre:
 * the middle of the band the overlays leave free (see {@link paddingAround}), so on a short map (a
 * phone's, above a panel) the dot does not land under the legend.
 */
export function clearOffset(overlays: readonly Box[], height: number): [number, number] {
  const { top, bottom } = paddingAround(overlays, height);
  return [0, (top - bottom) / 2];
}

/**
 * Moves the camera to a zone unless (`force` false) it is already comfortably in sight; the zone
 * lands in the middle of the band the overlays leave free, at zoom 5 or nearer.
 */
export function bringIntoView(map: MapLibreMap, lngLat: [number, number], force: boolean, overlays: readonly Box[] = []) {
  if (!force && isComfortablyVisible(map, lngLat, 60, overlays)) return;
  const zoom = Math.max(map.getZoom(), 5);
  const offset = clearOffset(overlays, map.getContainer().clientHeight);
  if (prefersReducedMotion()) map.easeTo({ center: lngLat, zoom, offset, duration: 0 });
  else map.flyTo({ center: lngLat, zoom, offset, duration: 900, essential: false });
}
