/**
 * Where the camera goes for a tour step. A step's view is written for one screen; on a smaller one,
 * or with legends and controls over the map, its zones could end up off screen or under them. The
 * authored view is kept where its zones fit, and otherwise zoomed out (never in) just enough.
 */
export type LngLat = readonly [number, number];
export type View = { center: [number, number]; zoom: number };
export type Padding = { top: number; right: number; bottom: number; left: number };
type Box = { left: number; top: number; right: number; bottom: number };

const TILE = 512; // MapLibre's world is 512 px wide at zoom 0
const mercX = (lng: number) => (lng + 180) / 360;
const mercY = (lat: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
const lngOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/** How far overlays reach into the map: each pushes in from the edge that costs the least room. */
export function overlayPadding(map: Box, overlays: readonly Box[]): Padding {
  const padding: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const o of overlays) {
    if (o.right <= map.left || o.left >= map.right || o.bottom <= map.top || o.top >= map.bottom) continue;
    const costs: [keyof Padding, number][] = [
      ['top', o.bottom - map.top],
      ['bottom', map.bottom - o.top],
      ['left', o.right - map.left],
      ['right', map.right - o.left],
    ];
    const [edge, cost] = costs.reduce((a, b) => (b[1] < a[1] ? b : a));
    padding[edge] = Math.max(padding[edge], cost);
  }
  return padding;
}

/** The highest zoom, up to `maxZoom`, at which all points lie within half the free width and height of `center`. */
function zoomAround(center: LngLat, points: readonly LngLat[], half: { w: number; h: number }, maxZoom: number): number {
  let zoom = maxZoom;
  for (const [lng, lat] of points) {
    const dx = Math.abs(mercX(lng) - mercX(center[0])) * TILE;
    const dy = Math.abs(mercY(lat) - mercY(center[1])) * TILE;
    if (dx > 0) zoom = Math.min(zoom, Math.log2(half.w / dx));
    if (dy > 0) zoom = Math.min(zoom, Math.log2(half.h / dy));
  }
  return zoom;
}

/**
 * The camera (centre of the whole canvas, zoom) that shows `points` inside the part of a
 * `size` canvas left free by `padding`, with `margin` pixels to spare: the authored view when
 * they fit, else the authored centre zoomed out, or the points' own middle when that needs less.
 */
export function stepCamera(view: View, points: readonly LngLat[], size: { width: number; height: number }, padding: Padding, { margin = 36, minZoom = 2 } = {}): View {
  const half = { w: (size.width - padding.left - padding.right) / 2 - margin, h: (size.height - padding.top - padding.bottom) / 2 - margin };
  if (points.length === 0 || half.w <= 0 || half.h <= 0) return view;
  const xs = points.map(([lng]) => mercX(lng));
  const ys = points.map(([, lat]) => mercY(lat));
  const middle: LngLat = [lngOf((Math.min(...xs) + Math.max(...xs)) / 2), latOf((Math.min(...ys) + Math.max(...ys)) / 2)];
  const authored = zoomAround(view.center, points, half, view.zoom);
  const fitted = zoomAround(middle, points, half, view.zoom);
  // A quarter of a zoom level is not worth leaving the place the author chose.
  const chosen = authored >= fitted - 0.25 ? { center: view.center, zoom: authored } : { center: middle, zoom: fitted };
  const zoom = Math.max(minZoom, chosen.zoom);
  // The chosen centre sits in the middle of the free part, so the canvas centre is offset from it.
  const scale = TILE * 2 ** zoom;
  const dx = (padding.left - padding.right) / 2 / scale;
  const dy = (padding.top - padding.bottom) / 2 / scale;
  if (dx === 0 && dy === 0) return { center: [chosen.center[0], chosen.center[1]], zoom };
  return { center: [lngOf(mercX(chosen.center[0]) - dx), latOf(mercY(chosen.center[1]) - dy)], zoom };
}
