import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { overlayKeepOuts, overlayKeepOutSize, SOURCE } from './layers';
import type { Box } from './step-camera';

/**
 * Keeps the overlay keep-out icons under the overlays while the map moves and the overlays change:
 * after every frame that moved the camera or the overlays, and when an overlay changes size (a
 * legend folding) without the map redrawing. Returns the function that stops it.
 */
export function bindOverlayKeepOut(map: MapLibreMap, overlays: () => { boxes: Box[]; elements: Element[] }): () => void {
  let last = '';
  const resized = new ResizeObserver(() => sync());
  const observed = new WeakSet<Element>();
  function sync() {
    const { boxes, elements } = overlays();
    for (const el of elements)
      if (!observed.has(el)) {
        observed.add(el);
        resized.observe(el);
      }
    const key = `${map.getZoom()}|${map.getCenter().toArray().join()}|${boxes.map((b) => `${b.left},${b.top},${b.right},${b.bottom}`).join(';')}`;
    if (key === last) return;
    last = key;
    map.getSource<GeoJSONSource>(SOURCE.overlayKeepOut)?.setData(overlayKeepOuts(boxes, (x, y) => map.unproject([x, y]).toArray() as [number, number]));
  }
  map.on('render', sync);
  sync();
  return () => {
    map.off('render', sync);
    resized.disconnect();
  };
}

/** Supplies an overlay keep-out image when a layer first asks for it: transparent, of the size its id names. */
export function addOverlayKeepOutImage(map: MapLibreMap, imageId: string): boolean {
  const size = overlayKeepOutSize(imageId);
  if (!size) return false;
  map.addImage(imageId, { ...size, data: new Uint8Array(size.width * size.height * 4) });
  return true;
}
