/**
 * Where the camera goes for a tour step. A step's view is written for one screen; on a smaller one,
 * or with legends and controls over the map, its zones could end up off screen or under them. The
 * authored view is kept where its zones show, and otherwise zoomed out (never in) just enough.
 */
export type LngLat = readonly [number, number];
export type View = { center: [number, number]; zoom: number };
/** A rectangle in pixels, relative to the map's top-left corner. */
export type Box = { left: number; top: number; right: number; bottom: number };

const TILE = 512; // MapLibre's world is 512 px wide at zoom 0
const mercX = (lng: number) => (lng + 180) / 360;
const mercY = (lat: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
const lngOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
const ZOOM_STEP = 0.05;

/** The overlays' boxes relative to the map, keeping only those that lie over it. */
export function overlaysOnMap(map: Box, overlays: readonly Box[]): Box[] {
  return overlays
    .filter((o) => o.right > map.left && o.left < map.right && o.bottom > map.top && o.top < map.bottom)
    .map((o) => ({ left: o.left - map.left, top: o.top - map.top, right: o.right - map.left, bottom: o.bottom - map.top }));
}

type Fit = { size: { width: number; height: number }; overlays: readonly Box[]; margin: number };

/** Whether every point, seen from `center` at `zoom`, is on the map and clear of every overlay by `margin` pixels. */
function allShown(center: LngLat, zoom: number, points: readonly LngLat[], { size, overlays, margin }: Fit): boolean {
  const scale = TILE * 2 ** zoom;
  return points.every(([lng, lat]) => {
    const x = size.width / 2 + (mercX(lng) - mercX(center[0])) * scale;
    const y = size.height / 2 + (mercY(lat) - mercY(center[1])) * scale;
    if (x < margin || y < margin || x > size.width - margin || y > size.height - margin) return false;
    return overlays.every((o) => x < o.left - margin || x > o.right + margin || y < o.top - margin || y > o.bottom + margin);
  });
}

/** The highest zoom from `maxZoom` down, in small steps, at which `center` shows all points; null when none does. */
function zoomShowing(center: LngLat, points: readonly LngLat[], maxZoom: number, minZoom: number, fit: Fit): number | null {
  for (let zoom = maxZoom; zoom >= minZoom - 1e-9; zoom -= ZOOM_STEP) if (allShown(center, zoom, points, fit)) return zoom;
  return null;
}

/**
 * The camera that shows `points` on a `size` map, none under the `overlays` (legends, counters,
 * controls): the authored view when it does, else the authored centre zoomed out, or the points'
 * own middle when that needs a quarter of a zoom level less.
 */
export function stepCamera(view: View, points: readonly LngLat[], size: { width: number; height: number }, overlays: readonly Box[] = [], { margin = 16, minZoom = 2 } = {}): View {
  if (points.length === 0 || size.width <= 2 * margin || size.height <= 2 * margin) return view;
  const fit: Fit = { size, overlays, margin };
  const xs = points.map(([lng]) => mercX(lng));
  const ys = points.map(([, lat]) => mercY(lat));
  const middle: [number, number] = [lngOf((Math.min(...xs) + Math.max(...xs)) / 2), latOf((Math.min(...ys) + Math.max(...ys)) / 2)];
  const authored = zoomShowing(view.center, points, view.zoom, minZoom, fit);
  const fitted = zoomShowing(middle, points, view.zoom, minZoom, fit);
  if (authored !== null && (fitted === null || authored >= fitted - 0.25)) return { center: view.center, zoom: authored };
  return { center: middle, zoom: fitted ?? minZoom };
}
