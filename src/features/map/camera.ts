import type { Map as MapLibreMap } from 'maplibre-gl';

/** Mainland China with Hainan and the north-east: the default view when the link has no #map=. */
export const CHINA_BOUNDS: [[number, number], [number, number]] = [
  [75, 17],
  [134, 53.5],
];

/** A rectangle in pixels, relative to the map's top-left corner. */
type Box = { left: number; top: number; right: number; bottom: number };
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

/**
 * Fits all of China: clear of the legends when that costs at most a quarter of a zoom level,
 * otherwise with the plain margin (a small map keeps China large, legends or not).
 */
export function fitChina(map: MapLibreMap, overlays: readonly Box[], margin = 16) {
  const plain = map.cameraForBounds(CHINA_BOUNDS, { padding: margin });
  const clear = map.cameraForBounds(CHINA_BOUNDS, { padding: paddingAround(overlays, map.getContainer().clientHeight, margin) });
  const view = clear && plain && (clear.zoom ?? 0) >= (plain.zoom ?? 0) - 0.25 ? clear : plain;
  if (view) map.jumpTo(view);
}

export const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Whether a point is inside the visible map with a margin, in pixels. */
export function isComfortablyVisible(map: MapLibreMap, lngLat: [number, number], margin = 60): boolean {
  const { x, y } = map.project(lngLat);
  const canvas = map.getCanvas();
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  return x >= margin && y >= margin && x <= width - margin && y <= height - margin;
}

export function bringIntoView(map: MapLibreMap, lngLat: [number, number], force: boolean) {
  if (!force && isComfortablyVisible(map, lngLat)) return;
  const zoom = Math.max(map.getZoom(), 5);
  if (prefersReducedMotion()) map.jumpTo({ center: lngLat, zoom });
  else map.flyTo({ center: lngLat, zoom, duration: 900, essential: false });
}
