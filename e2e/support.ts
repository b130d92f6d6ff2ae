import { expect, test as base, type Page } from '@playwright/test';

/**
 * Every browser test fails on a console error, an uncaught exception, or a request to any host
 * other than the app's own.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const own = new URL(baseURL ?? 'http://127.0.0.1').host;
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.host !== own) problems.push(`request to another host: ${req.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors and foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function waitForMapReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, { timeout: 30_000 });
}

/**
 * Where a longitude/latitude is on screen, computed from the camera MapLibre writes to the URL
 * (#map=zoom/lat/lng) with the Web Mercator formulas for 512-pixel tiles.
 */
export async function screenPointOf(page: Page, lng: number, lat: number) {
  const [point] = await screenPointsOf(page, [[lng, lat]]);
  return point!;
}

/** The same for many points, from one reading of the camera. */
export async function screenPointsOf(page: Page, points: readonly (readonly [number, number])[]) {
  await page.waitForFunction(() => /#map=[\d.]+\/-?[\d.]+\/-?[\d.]+/.test(location.hash));
  await page.waitForTimeout(400); // the hash is written on a 300 ms throttle
  const hash = await page.evaluate(() => location.hash);
  const [zoom, cLat, cLng] = (/#map=([^&]+)/.exec(hash)?.[1] ?? '').split('/').map(Number) as [number, number, number];
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map container not visible');
  const world = 512 * 2 ** zoom;
  const project = (x: number, y: number) => ({
    x: ((x + 180) / 360) * world,
    y: (0.5 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / (2 * Math.PI)) * world,
  });
  const c = project(cLng, cLat);
  return points.map(([lng, lat]) => {
    const p = project(lng, lat);
    return { x: box.x + box.width / 2 + (p.x - c.x), y: box.y + box.height / 2 + (p.y - c.y) };
  });
}

type Rgb = [number, number, number];

/** Reads the colours at `points` (in the image's own pixels) of a PNG screenshot, in the page. */
function readPixels(page: Page, png: Buffer, points: readonly { x: number; y: number }[]): Promise<Rgb[]> {
  return page.evaluate(
    async ([b64, pts]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      return pts.map(({ x, y }) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)] as Rgb);
    },
    [png.toString('base64'), points] as const,
  );
}

/** The colour of one screen pixel, read from a real screenshot of the page. */
export async function pixelAt(page: Page, x: number, y: number): Promise<Rgb> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  const [pixel] = await readPixels(page, png, [{ x: 0, y: 0 }]);
  return pixel!;
}

/** The colours of several screen pixels, read from one real screenshot of the page. */
export async function pixelsAt(page: Page, points: readonly { x: number; y: number }[]): Promise<Rgb[]> {
  return readPixels(page, await page.screenshot(), points);
}

/** The colours of a column of `height` screen pixels going down from (x, y). */
export const pixelColumn = (page: Page, x: number, y: number, height: number) =>
  pixelsAt(page, Array.from({ length: height }, (_, i) => ({ x, y: y + i })));

export const hex = (color: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];

export function near(actual: [number, number, number], expected: [number, number, number], tolerance = 14) {
  return actual.every((v, i) => Math.abs(v - (expected[i] ?? 0)) <= tolerance);
}
