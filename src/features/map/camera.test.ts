import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { clearOffset, DOT_ROOM, fitChina, isComfortablyVisible, LABEL_HALF_HEIGHT, labelEms, labelOverflow, paddingAround, westwardRoom } from './camera';

describe('paddingAround', () => {
  it('pushes China up, clear of legends in the lower half, and down, clear of one in the upper half', () => {
    const legends = [
      { left: 12, top: 560, right: 300, bottom: 620 }, // the shading key
      { left: 12, top: 628, right: 172, bottom: 740 }, // the type legend
    ];
    expect(paddingAround(legends, 712)).toEqual({ top: 16, bottom: 712 - 560 + 8, left: 16, right: 16 });
    expect(paddingAround([{ left: 16, top: 16, right: 460, bottom: 64 }], 600)).toEqual({ top: 72, bottom: 16, left: 16, right: 16 });
  });

  it('keeps the plain margin without legends', () => {
    expect(paddingAround([], 500)).toEqual({ top: 16, bottom: 16, left: 16, right: 16 });
  });
});

/**
 * A stand-in for MapLibre's camera on a plain equirectangular projection: enough to check that
 * fitChina keeps China in view and moves it for labels, not a copy of MapLibre's maths.
 */
function flatMap(width: number, height: number) {
  let camera = { center: [0, 0] as [number, number], zoom: 0 };
  const pxPerDegree = (zoom: number) => 2 ** zoom;
  return {
    getContainer: () => ({ clientWidth: width, clientHeight: height }) as HTMLElement,
    cameraForBounds: ([[w, s], [e, n]]: [[number, number], [number, number]], { padding }: { padding: { top: number; bottom: number; left: number; right: number } }) => {
      const zoom = Math.log2(Math.min((width - padding.left - padding.right) / (e - w), (height - padding.top - padding.bottom) / (n - s)));
      const k = pxPerDegree(zoom);
      // the bounds' centre sits at the centre of the padded box
      const cx = (w + e) / 2 + (padding.right - padding.left) / 2 / k;
      const cy = (s + n) / 2 - (padding.bottom - padding.top) / 2 / k;
      return { center: [cx, cy] as [number, number], zoom };
    },
    jumpTo: (c: { center?: [number, number]; zoom?: number }) => {
      camera = { center: c.center ?? camera.center, zoom: c.zoom ?? camera.zoom };
    },
    getZoom: () => camera.zoom,
    project: ([lng, lat]: [number, number]) => {
      const k = pxPerDegree(camera.zoom);
      return { x: width / 2 + (lng - camera.center[0]) * k, y: height / 2 - (lat - camera.center[1]) * k };
    },
    unproject: ([x, y]: [number, number]) => {
      const k = pxPerDegree(camera.zoom);
      return [camera.center[0] + (x - width / 2) / k, camera.center[1] - (y - height / 2) / k] as [number, number];
    },
  };
}

describe('fitChina and the labels of the eastern zones', () => {
  const harbin = { lngLat: [126.56, 45.81] as [number, number], ems: labelEms('Harbin New Area') };

  it('measures labels in ems: a Chinese character is one, Latin letters less, and lines wrap at ten', () => {
    expect(labelEms('哈尔滨新区')).toBe(5);
    expect(labelEms('Harbin New Area')).toBeCloseTo(9, 5);
    expect(labelEms('Economic and Technological Development Zone')).toBe(10);
  });

  it('leaves China where it was when every label fits', () => {
    const map = flatMap(1200, 800);
    fitChina(map as never, [], 16, [{ lngLat: [100, 35], ems: 5 }], () => 12);
    const plain = flatMap(1200, 800);
    fitChina(plain as never, []);
    expect(map.getZoom()).toBeCloseTo(plain.getZoom(), 6);
    expect(map.project([134, 35]).x).toBeCloseTo(plain.project([134, 35]).x, 6);
  });

  it('moves China left until a label that ran off the right edge ends inside it', () => {
    const width = 640;
    const map = flatMap(width, 700);
    fitChina(map as never, [], 16, [], () => 12);
    const before = map.project(harbin.lngLat).x + (0.9 + harbin.ems) * 12;
    expect(before).toBeGreaterThan(width - 8); // the label would be cut off by the edge
    fitChina(map as never, [], 16, [harbin], () => 12);
    const size = 12;
    const after = map.project(harbin.lngLat).x + (0.9 + harbin.ems) * size;
    expect(after).toBeLessThanOrEqual(width - 8 + 1);
    // and all of China is still in view
    expect(map.project([75, 35]).x).toBeGreaterThanOrEqual(0);
  });

  it('keeps China large rather than chase a label it would cost more than a quarter zoom level to fit', () => {
    const map = flatMap(640, 700);
    const plain = flatMap(640, 700);
    fitChina(plain as never, []);
    fitChina(map as never, [], 16, [{ ...harbin, ems: 10 }], () => 60);
    expect(map.getZoom()).toBeCloseTo(plain.getZoom(), 6);
  });

  it('then slides China west for what still runs off, as far as the dots allow: no nearer the left edge or a legend than DOT_ROOM', () => {
    const zhundong = { lngLat: [89.6, 44.9] as [number, number], ems: 6 };
    const kunming = { lngLat: [102.9, 25.0] as [number, number], ems: 8 };
    const labels = [zhundong, kunming, { ...harbin, ems: 10 }];
    const legend = { left: 12, top: 520, right: 200, bottom: 640 }; // low on the left
    const without = flatMap(640, 700);
    fitChina(without as never, [legend]);
    const map = flatMap(640, 700);
    fitChina(map as never, [legend], 16, labels, () => 24);
    expect(map.getZoom()).toBeCloseTo(without.getZoom(), 6); // a quarter zoom level would not do, so none is spent
    const end = (m: typeof map) => m.project(harbin.lngLat).x + (0.9 + 10) * 24;
    expect(end(map)).toBeLessThan(end(without) - 50); // the label has come well back towards the map
    const dots = labels.map((l) => map.project(l.lngLat));
    for (const d of dots) {
      expect(d.x).toBeGreaterThanOrEqual(DOT_ROOM - 1);
      if (d.y >= legend.top - DOT_ROOM && d.y <= legend.bottom + DOT_ROOM) expect(d.x - legend.right).toBeGreaterThanOrEqual(DOT_ROOM - 1);
    }
    // and it stopped only at a limit: the label fits, or a dot is at DOT_ROOM from the edge or the legend
    const tight = dots.some((d) => Math.abs(d.x - DOT_ROOM) < 1.5 || Math.abs(d.x - legend.right - DOT_ROOM) < 1.5);
    expect(end(map) <= 640 - 8 + 1 || tight).toBe(true);
  });

  it('measures the room west as the nearest dot to the left edge, or to a legend at its height', () => {
    expect(westwardRoom([{ x: 300, y: 100 }], [], 640, 700)).toBe(300 - DOT_ROOM);
    expect(westwardRoom([{ x: 300, y: 500 }], [{ left: 10, top: 480, right: 220, bottom: 560 }], 640, 700)).toBe(300 - 220 - DOT_ROOM);
    // a legend far above the dot does not limit it; a dot off the map does not count
    expect(westwardRoom([{ x: 300, y: 500 }, { x: -20, y: 300 }], [{ left: 10, top: 10, right: 600, bottom: 60 }], 640, 700)).toBe(300 - DOT_ROOM);
    expect(westwardRoom([], [], 640, 700)).toBe(0);
  });

  it('counts a label that runs under a map control right of its dot, at its height, as running off', () => {
    const zoomButtons = { left: 600, top: 500, right: 630, bottom: 560 };
    const label = { x: 450, y: 520, ems: 8 }; // ends at 450 + 8.9 × 12 = 556.8
    expect(labelOverflow([label], 12, 640, 700)).toBe(0);
    expect(labelOverflow([{ ...label, ems: 13 }], 12, 640, 700, 16, [zoomButtons])).toBe(Math.ceil(450 + 13.9 * 12 - 592));
    // a control above or below the label's two lines, or left of its dot, is no obstacle
    const half = LABEL_HALF_HEIGHT * 12;
    expect(labelOverflow([{ ...label, ems: 13, y: 500 - half - 1 }], 12, 640, 700, 16, [zoomButtons])).toBe(0);
    expect(labelOverflow([{ ...label, ems: 13, y: 560 + half + 1 }], 12, 640, 700, 16, [zoomButtons])).toBe(0);
    expect(labelOverflow([{ ...label, x: 605, ems: 1 }], 12, 640, 700, 16, [zoomButtons])).toBe(0);
  });

  it('moves China left until a label clears the zoom buttons it ran under', () => {
    const width = 900;
    const zhoushan = { lngLat: [122.21, 29.99] as [number, number], ems: 10 };
    const plain = flatMap(width, 700);
    fitChina(plain as never, [], 16, [zhoushan], () => 12);
    const at = plain.project(zhoushan.lngLat);
    const end = at.x + 10.9 * 12;
    expect(end).toBeLessThanOrEqual(width - 8 + 1); // clear of the edge, so nothing moved it
    const buttons = { left: end - 40, top: at.y - 20, right: end - 10, bottom: at.y + 40 };
    const map = flatMap(width, 700);
    fitChina(map as never, [], 16, [zhoushan], () => 12, [buttons]);
    const moved = map.project(zhoushan.lngLat);
    expect(moved.x + 10.9 * 12).toBeLessThanOrEqual(buttons.left - 8 + 1);
  });

  it('ignores labels of zones off the map', () => {
    expect(labelOverflow([{ x: 900, y: 300, ems: 8 }], 12, 640, 700)).toBe(0);
    expect(labelOverflow([{ x: 600, y: 300, ems: 8 }], 12, 640, 700)).toBe(Math.ceil(600 + 8.9 * 12 - 632));
  });
});

describe('bringing a selected zone into view past the legends', () => {
  // a phone's map above an open panel: 390 × 300, the folded legend in its lower left
  const legend = { left: 12, top: 150, right: 242, bottom: 268 };
  const at = (x: number, y: number) =>
    ({ project: () => ({ x, y }), getCanvas: () => ({ clientWidth: 390, clientHeight: 300 }) }) as unknown as MapLibreMap;

  it('counts a dot under a legend, or right beside it, as out of sight', () => {
    expect(isComfortablyVisible(at(195, 100), [0, 0], 60, [legend])).toBe(true);
    expect(isComfortablyVisible(at(195, 200), [0, 0], 60, [legend])).toBe(false);
    expect(isComfortablyVisible(at(260, 200), [0, 0], 60, [legend])).toBe(false); // 18 px right of it
    expect(isComfortablyVisible(at(300, 200), [0, 0], 60, [legend])).toBe(true);
    expect(isComfortablyVisible(at(195, 200), [0, 0], 60)).toBe(true);
  });

  it('puts the dot in the middle of the band the legends leave free', () => {
    // free from 16 px to 150 − 8 px: its middle is 71 px below the top, 79 px above the map's centre
    expect(clearOffset([legend], 300)).toEqual([0, (16 - (300 - 150 + 8)) / 2]);
    expect(150 + clearOffset([legend], 300)[1]).toBe((16 + 150 - 8) / 2);
    // a legend along the top (presentation) pushes it down; without legends it stays in the centre
    expect(clearOffset([{ left: 16, top: 16, right: 460, bottom: 64 }], 600)).toEqual([0, (72 - 16) / 2]);
    expect(clearOffset([], 300)).toEqual([0, 0]);
  });
});
