import { describe, expect, it } from 'vitest';
import { overlaysOnMap, stepCamera, type Box, type LngLat, type View } from './step-camera';

const size = { width: 1024, height: 420 };

/** Where a point lands on the map for a camera: Web Mercator with 512-pixel tiles, as MapLibre draws it. */
function screen([lng, lat]: LngLat, view: View) {
  const world = 512 * 2 ** view.zoom;
  const px = (l: number) => ((l + 180) / 360) * world;
  const py = (a: number) => (0.5 - Math.log(Math.tan(Math.PI / 4 + (a * Math.PI) / 360)) / (2 * Math.PI)) * world;
  return { x: size.width / 2 + px(lng) - px(view.center[0]), y: size.height / 2 + py(lat) - py(view.center[1]) };
}
const onMap = (p: { x: number; y: number }) => p.x >= 0 && p.x <= size.width && p.y >= 0 && p.y <= size.height;
const under = (p: { x: number; y: number }, o: Box) => p.x >= o.left && p.x <= o.right && p.y >= o.top && p.y <= o.bottom;

const dalian: LngLat = [121.84, 39.08];
const guangzhou: LngLat = [113.47, 23.17];
const zhundong: LngLat = [89.0984, 44.776];

describe('overlaysOnMap', () => {
  it('keeps the boxes that lie over the map, relative to its corner', () => {
    const map = { left: 0, top: 160, right: 1024, bottom: 580 };
    const legend = { left: 16, top: 176, right: 476, bottom: 232 };
    const header = { left: 0, top: 0, right: 1024, bottom: 150 };
    expect(overlaysOnMap(map, [legend, header])).toEqual([{ left: 16, top: 16, right: 476, bottom: 72 }]);
  });
});

describe('stepCamera', () => {
  it('keeps the authored view when its zones show', () => {
    const view: View = { center: [121.84, 39.08], zoom: 6 };
    expect(stepCamera(view, [dalian], size)).toEqual(view);
  });

  it('zooms out, never in, until every zone is on the map and none is under an overlay', () => {
    const view: View = { center: [110, 34], zoom: 4.5 };
    const legend: Box = { left: 16, top: 16, right: 476, bottom: 72 };
    const attribution: Box = { left: 230, top: 390, right: 1024, bottom: 420 };
    const camera = stepCamera(view, [dalian, guangzhou, zhundong], size, [legend, attribution]);
    expect(camera.zoom).toBeLessThan(4.5);
    for (const p of [dalian, guangzhou, zhundong]) {
      const s = screen(p, camera);
      expect(onMap(s)).toBe(true);
      expect(under(s, legend) || under(s, attribution)).toBe(false);
    }
    // and no further than needed: a twentieth of a zoom level more would bring one within 16 px (the margin) of an edge or overlay
    const closer = { ...camera, zoom: camera.zoom + 0.05 };
    const grown = (o: Box): Box => ({ left: o.left - 16, top: o.top - 16, right: o.right + 16, bottom: o.bottom + 16 });
    const inner = (p: { x: number; y: number }) => p.x >= 16 && p.x <= size.width - 16 && p.y >= 16 && p.y <= size.height - 16;
    expect([dalian, guangzhou, zhundong].every((p) => inner(screen(p, closer)) && !under(screen(p, closer), grown(legend)) && !under(screen(p, closer), grown(attribution)))).toBe(false);
    expect(stepCamera({ center: [121.84, 39.08], zoom: 2.5 }, [dalian], size, [legend]).zoom).toBe(2.5);
  });

  it('does not give up the map to an overlay that covers none of the zones', () => {
    // a legend over the west, with every zone in the east: the authored view stands
    const view: View = { center: [117, 35], zoom: 4 };
    expect(stepCamera(view, [dalian, [120.2, 30.2]], size, [{ left: 0, top: 0, right: 300, bottom: 420 }])).toEqual(view);
  });

  it('centres on the zones themselves when the authored centre is far from them', () => {
    const camera = stepCamera({ center: [90, 30], zoom: 6 }, [dalian, [121.5, 38.9]], size);
    expect(camera.zoom).toBeGreaterThan(5);
    expect(onMap(screen(dalian, camera))).toBe(true);
  });

  it('leaves the view alone with no zones, or no room to show them in', () => {
    const view: View = { center: [105, 35], zoom: 3.6 };
    expect(stepCamera(view, [], size)).toEqual(view);
    expect(stepCamera(view, [dalian, zhundong], { width: 20, height: 20 })).toEqual(view);
  });
});
