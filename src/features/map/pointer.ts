import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { INTERACTIVE_LAYERS, SOURCE } from './layers';

/** Resolves a pointer position to the nearest zone on the interactive layers, with a small hit margin. */
export function zoneAt(map: MapLibreMap, e: MapMouseEvent): string | null {
  const r = 8;
  const hits = map.queryRenderedFeatures(
    [
      [e.point.x - r, e.point.y - r],
      [e.point.x + r, e.point.y + r],
    ],
    { layers: [...INTERACTIVE_LAYERS] },
  );
  // Overlapping markers: the one whose centre is closest to the pointer wins, not the one drawn last.
  let best: { id: string; d: number } | null = null;
  for (const f of hits) {
    const id = f.properties?.id;
    if (typeof id !== 'string' || f.geometry.type !== 'Point') continue;
    const p = map.project(f.geometry.coordinates as [number, number]);
    const d = Math.hypot(p.x - e.point.x, p.y - e.point.y);
    if (!best || d < best.d) best = { id, d };
  }
  return best?.id ?? null;
}

type Handlers = {
  /** the zone under the pointer changed (null: none), with the pointer's position */
  onHover: (id: string | null, point: { x: number; y: number } | null) => void;
  onClick: (id: string, shiftKey: boolean) => void;
};

/** Hover state, cursor and clicks for zone markers: map events in, zone ids out. */
export function bindPointer(map: MapLibreMap, handlers: Handlers) {
  let hoveredId: string | null = null;
  const setHovered = (id: string | null) => {
    if (id === hoveredId) return;
    if (hoveredId) map.setFeatureState({ source: SOURCE.zones, id: hoveredId }, { hover: false });
    if (id) map.setFeatureState({ source: SOURCE.zones, id }, { hover: true });
    hoveredId = id;
    map.getCanvas().style.cursor = id ? 'pointer' : '';
  };
  map.on('mousemove', (e) => {
    const id = zoneAt(map, e);
    const changed = id !== hoveredId;
    setHovered(id);
    if (changed || id) handlers.onHover(id, id ? e.point : null);
  });
  map.on('mouseout', () => {
    setHovered(null);
    handlers.onHover(null, null);
  });
  map.on('click', (e) => {
    const id = zoneAt(map, e);
    if (id) handlers.onClick(id, e.originalEvent.shiftKey);
  });
}

