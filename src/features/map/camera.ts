import type { Map as MapLibreMap } from 'maplibre-gl';

/** Mainland China with Hainan and the north-east: the default view when the link has no #map=. */
export const CHINA_BOUNDS: [[number, number], [number, number]] = [
  [75, 17],
  [134, 53.5],
];

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
