import { describe, expect, it } from 'vitest';
import { overlayPadding, stepCamera, type LngLat, type Padding, type View } from './step-camera';

const none: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
const size = { width: 1024, height: 450 };

/** Where a point lands on the canvas for a camera: Web Mercator with 512-pixel tiles, as MapLibre draws it. */
function screen([lng, lat]: LngLat, view: View, canvas = size) {
  const world = 512 * 2 ** view.zoom;
  const px = (l: number) => ((l + 180) / 360) * world;
  const py = (a: number) => (0.5 - Math.log(Math.tan(Math.PI / 4 + (a * Math.PI) / 360)) / (2 * Math.PI)) * world;
  return { x: canvas.width / 2 + px(lng) - px(view.center[0]), y: canvas.height / 2 + py(lat) - py(view.center[1]) };
}
const inside = (p: { x: number; y: number }, pad: Padding, canvas = size) =>
  p.x >= pad.left && p.x <= canvas.width - pad.right && p.y >= pad.top && p.y <= canvas.height - pad.bottom;

describe('overlayPadding', () => {
  const map = { left: 0, top: 100, right: 1024, bottom: 550 };
  it('pushes each overlay in from its cheapest edge, and ignores what lies outside the map', () => {
    const legend = { left: 12, top: 112, right: 470, bottom: 170 }; // a wide strip at the top left
    const zoomButtons = { left: 980, top: 440, right: 1014, bottom: 510 }; // narrow and tall, at the right
    const attribution = { left: 230, top: 515, right: 1024, bottom: 550 }; // along the bottom
    const header = { left: 0, top: 0, right: 1024, bottom: 100 };
    expect(overlayPadding(map, [legend, zoomButtons, attribution, header])).toEqual({ top: 70, right: 44, bottom: 35, left: 0 });
  });
});

describe('stepCamera', () => {
  const dalian: LngLat = [121.84, 39.08];
  const guangzhou: LngLat = [113.47, 23.17];
  const zhundong: LngLat = [89.05, 44.6];

  it('keeps the authored view when its zones fit', () => {
    const view: View = { center: [121.84, 39.08], zoom: 6 };
    expect(stepCamera(view, [dalian], size, none)).toEqual(view);
  });

  it('zooms out, never in, until every zone is inside the free part of the map', () => {
    const view: View = { center: [110, 34], zoom: 3.6 };
    const pad: Padding = { top: 70, right: 44, bottom: 35, left: 0 };
    const camera = stepCamera(view, [dalian, guangzhou, zhundong], size, pad);
    expect(camera.zoom).toBeLessThan(3.6);
    for (const p of [dalian, guangzhou, zhundong]) expect(inside(screen(p, camera), pad)).toBe(true);
    // and not further than needed: one of them is near the edge of the free part, within the margin
    const nearEdge = [dalian, guangzhou, zhundong].map((p) => screen(p, camera)).some((s) => s.y < pad.top + 40 || s.y > size.height - pad.bottom - 40 || s.x < 40 || s.x > size.width - pad.right - 40);
    expect(nearEdge).toBe(true);
    expect(stepCamera({ center: [121.84, 39.08], zoom: 2.5 }, [dalian], size, pad).zoom).toBe(2.5);
  });

  it('centres on the zones themselves when the authored centre is far from them', () => {
    const camera = stepCamera({ center: [90, 30], zoom: 6 }, [dalian, [121.5, 38.9]], size, none);
    expect(camera.zoom).toBeGreaterThan(5);
    expect(inside(screen(dalian, camera), none)).toBe(true);
  });

  it('offsets the centre so a zone in the middle of the free part is not under the overlays', () => {
    const pad: Padding = { top: 200, right: 0, bottom: 0, left: 300 };
    const camera = stepCamera({ center: [121.84, 39.08], zoom: 6 }, [dalian], size, pad);
    const s = screen(dalian, camera);
    expect(s.x).toBeCloseTo(300 + (1024 - 300) / 2, 5);
    expect(s.y).toBeCloseTo(200 + (450 - 200) / 2, 5);
  });

  it('leaves the view alone with no zones, or no room to fit them in', () => {
    const view: View = { center: [105, 35], zoom: 3.6 };
    expect(stepCamera(view, [], size, none)).toEqual(view);
    expect(stepCamera(view, [dalian, zhundong], { width: 60, height: 60 }, none)).toEqual(view);
  });
});
