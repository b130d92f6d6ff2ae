import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../src/test/csv';
import { ui, zoneTypeColor } from '../src/lib/palette';
import { presentationOverrides } from '../src/features/map/layers';
import { expect, hex, near, pixelAt, pixelsAt, screenPointOf, test, waitForMapReady } from './support';

/** 兰州新区's position as the app's own data file gives it. */
async function lanzhouPoint(page: Page) {
  const [lng, lat] = await page.evaluate(async () => {
    const entry = performance.getEntriesByType('resource').find((r) => r.name.includes('zones') && r.name.includes('geojson'));
    if (!entry) throw new Error('zones file was not fetched');
    const fc = (await (await fetch(entry.name)).json()) as { features: { id: string; geometry: { coordinates: [number, number] } }[] };
    const f = fc.features.find((z) => z.id === 'lanzhou-new-area');
    if (!f) throw new Error('lanzhou-new-area missing from the data');
    return f.geometry.coordinates;
  });
  return screenPointOf(page, lng, lat);
}

test('the map draws provinces, neighbours, sea and the zones', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const inGansu = await screenPointOf(page, 99.0, 39.2);
  expect(near(await pixelAt(page, inGansu.x, inGansu.y), hex(ui.land))).toBe(true);
  const sea = await screenPointOf(page, 124.5, 26.0);
  expect(near(await pixelAt(page, sea.x, sea.y), hex(ui.water))).toBe(true);
  const mongolia = await screenPointOf(page, 103.0, 46.5);
  expect(near(await pixelAt(page, mongolia.x, mongolia.y), hex(ui.neighbour))).toBe(true);
  const zone = await lanzhouPoint(page);
  expect(near(await pixelAt(page, zone.x, zone.y), hex(zoneTypeColor['new-area']), 40)).toBe(true);
  await expect(page.getByLabel('类型')).toContainText('国家级新区');
});

test('clicking 兰州新区 on the map opens its panel with a chart and an excerpt', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const zone = await lanzhouPoint(page);
  await page.mouse.move(zone.x, zone.y);
  await expect(page.getByRole('tooltip')).toContainText('兰州新区');
  await page.mouse.click(zone.x, zone.y);
  const panel = page.getByTestId('zone-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('兰州新区');
  await expect(page).toHaveURL(/[?&]zone=lanzhou-new-area/);
  await expect(panel.locator('figure .recharts-surface').first()).toBeVisible();
  await expect(panel.locator('[data-excerpt]').first()).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('panel-ready').length > 0);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  // A source marker on the position fact brings its citation into view without touching the URL.
  // The camera may still be settling beside the opened panel (its hash moves): take the URL once it holds still.
  let urlBefore = page.url();
  await expect
    .poll(async () => {
      const previous = urlBefore;
      await page.waitForTimeout(600);
      urlBefore = page.url();
      return urlBefore === previous;
    }, { timeout: 10_000 })
    .toBe(true);
  await panel.getByRole('button', { name: /^查看来源 1: Lanzhou New Area/ }).click();
  const entry = panel.getByTestId('zone-sources').locator('li').filter({ hasText: 'Lanzhou New Area (Wikipedia article)' });
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('36.49817°N 103.66217°E');
  expect(page.url()).toBe(urlBefore);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/zone=/);
});

test('a source that gives a different place is listed for the reader to follow, and badged so it is not read as support', async ({ page }) => {
  await page.goto('/?zone=yinchuan-high-tech-zone&lang=en');
  const sources = page.getByTestId('zone-panel').getByTestId('zone-sources');
  const differing = sources.locator('li').filter({ hasText: 'transcribed and geocoded' });
  await expect(differing).toHaveCount(1);
  await expect(differing.getByTestId('source-disagrees')).toHaveText('gives a different value');
  await expect(differing).toContainText('39.7 km north of the point');
  // the source the point rests on carries no such badge
  const supporting = sources.locator('li').filter({ hasText: '百度百科' });
  await expect(supporting).toHaveCount(1);
  await expect(supporting.getByTestId('source-disagrees')).toHaveCount(0);
});

test('a ?zone= link opens the panel and brings the zone into view; back and forward follow selections', async ({ page }) => {
  await page.goto('/?zone=dianzhong-new-area#map=8/45/80');
  const panel = page.getByTestId('zone-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/滇中新区/);
  await waitForMapReady(page).catch(() => undefined);
  await page.waitForTimeout(1500);
  const p = await screenPointOf(page, 102.8, 25.0);
  const box = await page.getByTestId('map').boundingBox();
  expect(box && p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height).toBe(true);

  await panel.getByRole('button', { name: '关闭详情面板' }).click();
  await expect(panel).toBeHidden();
  await page.goBack();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/滇中新区/);
  await page.goForward();
  await expect(panel).toBeHidden();
});

test('the selected zone is drawn above a neighbour that overlaps it', async ({ page }) => {
  // 大连经开区 lies about 10 km from 大连金普新区's point; at the zoom a ?zone= link opens, the dots overlap.
  await page.goto('/?zone=dalian-etdz');
  await expect(page.getByTestId('zone-panel').getByRole('heading', { level: 2 })).toHaveText('大连经济技术开发区');
  await waitForMapReady(page);
  await page.waitForTimeout(1500);
  const etdz = await screenPointOf(page, 121.84, 39.08);
  const jinpu = await screenPointOf(page, 121.7202, 39.0985);
  expect(Math.hypot(etdz.x - jinpu.x, etdz.y - jinpu.y)).toBeLessThan(12);
  expect(near(await pixelAt(page, etdz.x, etdz.y), hex(zoneTypeColor.etdz), 40)).toBe(true);
});

test('a dot whose position is approximate sits in a halo of its colour, which the legend explains; a settled dot has none', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  // 准东经开区 (ETDZ, approximate) and 兰州新区 (new area, from a cited coordinate), both on open land
  const zhundong = await screenPointOf(page, 89.0984, 44.776);
  const lanzhou = await screenPointOf(page, 103.6622, 36.4982);
  const distance = (a: [number, number, number], b: [number, number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  const land = hex(ui.land);
  // just outside the dot's white outline, above it (labels sit beside a dot)
  const outside = 10;
  const approximateRing = await pixelAt(page, zhundong.x, zhundong.y - outside);
  const settledRing = await pixelAt(page, lanzhou.x, lanzhou.y - outside);
  expect(near(settledRing, land, 10)).toBe(true);
  expect(near(approximateRing, land, 10)).toBe(false);
  // the halo is the zone type's colour over the land
  expect(distance(approximateRing, hex(zoneTypeColor.etdz))).toBeLessThan(distance(land, hex(zoneTypeColor.etdz)) - 20);
  await expect(page.getByTestId('legend-approximate')).toContainText('位置为大致位置');
});

test('zoomed in, prefecture-level places are marked for reference; the whole country stays uncluttered', async ({ page }) => {
  const urumqi = [87.6177, 43.7928] as const; // ECharts' label point for 乌鲁木齐市; no zone is near it
  const placeDot = [0x8a, 0x84, 0x77] as [number, number, number];
  const placeFiles: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/basemap/cities.geojson')) placeFiles.push(req.url());
  });
  await page.goto('/');
  await waitForMapReady(page);
  await page.waitForTimeout(500);
  // the map and the search share one copy of the places
  expect(placeFiles).toHaveLength(1);
  const far = await screenPointOf(page, ...urumqi);
  expect(near(await pixelAt(page, far.x, far.y), hex(ui.land), 10)).toBe(true);
  await page.goto('/#map=6.5/43.8/87.6');
  await waitForMapReady(page);
  await page.waitForTimeout(500);
  const close = await screenPointOf(page, ...urumqi);
  expect(near(await pixelAt(page, close.x, close.y), placeDot, 30)).toBe(true);
});

test('no place is drawn under the legend: the label and its dot give way to it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const luoyang = [112.4345, 34.663] as const; // ECharts' label point for 洛阳市; no zone within 100 km
  await page.goto(`/#map=7/${luoyang[1]}/${luoyang[0]}`);
  await waitForMapReady(page);
  await page.waitForTimeout(500);
  // in the open, 洛阳's dot is drawn
  const open = await screenPointOf(page, ...luoyang);
  expect(near(await pixelAt(page, open.x, open.y), [0x8a, 0x84, 0x77], 30)).toBe(true);
  const legend = await page.locator('[data-map-overlay] > *').first().boundingBox();
  const map = await page.getByTestId('map').boundingBox();
  if (!legend || !map) throw new Error('legend or map not visible');
  // move the camera so that 洛阳 lies under the middle of the legend
  const world = 512 * 2 ** 7;
  const toWorld = (lng: number, lat: number) => [((lng + 180) / 360) * world, (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)) * world];
  const [cx = 0, cy = 0] = toWorld(...luoyang);
  const wx = cx - (legend.x + legend.width / 2 - (map.x + map.width / 2));
  const wy = cy - (legend.y + legend.height / 2 - (map.y + map.height / 2));
  const lng = (wx / world) * 360 - 180;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((0.5 - wy / world) * 2 * Math.PI)) - 90;
  await page.goto(`/#map=7/${lat.toFixed(5)}/${lng.toFixed(5)}`);
  await page.reload();
  await waitForMapReady(page);
  await page.waitForTimeout(800);
  const under = await screenPointOf(page, ...luoyang);
  expect(under.x).toBeGreaterThan(legend.x + 20);
  expect(under.x).toBeLessThan(legend.x + legend.width - 20);
  expect(under.y).toBeGreaterThan(legend.y + 20);
  expect(under.y).toBeLessThan(legend.y + legend.height - 20);
  // look under the legend without moving it: hidden, it keeps its place in the layout
  await page.addStyleTag({ content: '[data-map-overlay] { visibility: hidden !important; }' });
  await page.waitForTimeout(300);
  const box = { x: Math.ceil(legend.x), y: Math.ceil(legend.y), w: Math.floor(legend.width), h: Math.floor(legend.height) };
  const points = Array.from({ length: box.w * box.h }, (_, i) => ({ x: box.x + (i % box.w), y: box.y + Math.floor(i / box.w) }));
  const pixels = await pixelsAt(page, points);
  // a place's dot has a white ring, as a zone label has a white halo; the land, water and borders are never white
  const white = pixels.filter((p) => p.every((v) => v >= 250)).length;
  expect(white).toBe(0);
});

test('a tooltip near the edge of the map stays inside it, and says when a dot is approximate', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?lang=en');
  await waitForMapReady(page);
  const zhundong = await screenPointOf(page, 89.0984, 44.776); // far north-west, near the map's left edge
  await page.mouse.move(zhundong.x, zhundong.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Zhundong');
  await expect(tooltip).toContainText('Approximate position');
  const tip = await tooltip.boundingBox();
  const map = await page.getByTestId('map').boundingBox();
  if (!tip || !map) throw new Error('tooltip or map not visible');
  expect(tip.x).toBeGreaterThanOrEqual(map.x);
  expect(tip.y).toBeGreaterThanOrEqual(map.y);
  expect(tip.x + tip.width).toBeLessThanOrEqual(map.x + map.width);
});

test("a zone's figures download as a CSV: its own, then its parks' and companies', each with its source", async ({ page }) => {
  await page.goto('/?zone=lanzhou-new-area');
  const panel = page.getByTestId('zone-panel');
  await expect(panel.locator('[data-part="park"]')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '下载 CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('zone-atlas-lanzhou-new-area.csv');
  const records = parseCsv(await readFile(await download.path(), 'utf8'));
  const gdp = records.find((r) => r.scope === 'zone' && r.indicator === 'gdp');
  expect(gdp).toMatchObject({ zone_id: 'lanzhou-new-area', period: '2023', value: '37.5', unit: 'billion yuan', source_kind: 'publisher' });
  const racks = records.find((r) => r.scope === 'park' && r.part === '兰州新区大数据产业园' && r.indicator === 'data_centre_racks');
  expect(racks).toMatchObject({ value: '5144', unit: '个', source_kind: 'article' });
  expect(racks?.sentence).toContain('5144');
  expect(records.findIndex((r) => r.scope === 'park')).toBeGreaterThan(records.findLastIndex((r) => r.scope === 'zone'));
});

test("a zone prints as a fact sheet: the panel alone and in full, every source opened, each link's address on the paper", async ({ page }) => {
  await page.goto('/?zone=lanzhou-new-area');
  await waitForMapReady(page);
  const panel = page.getByTestId('zone-panel');
  await expect(panel.locator('[data-part="park"]')).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await panel.getByRole('button', { name: '打印' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // what the browser does when it prints
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('canvas.maplibregl-canvas')).toBeHidden();
  await expect(page.locator('#sidebar')).toBeHidden();
  await expect(page.getByRole('combobox', { name: '搜索' })).toBeHidden();
  await expect(panel.getByRole('button', { name: /加入对比|下载 CSV|打印/ })).toHaveCount(0);
  expect(await panel.locator('details:not([open])').count()).toBe(0);
  const sheet = await panel.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const last = [...el.querySelectorAll('section')].at(-1)?.getBoundingClientRect();
    const link = el.querySelector('a[href^="http"]:not([data-cite-marker])');
    return { width: box.width, page: document.documentElement.clientWidth, lastBottom: last?.bottom ?? 0, height: box.height, after: link ? getComputedStyle(link, '::after').content : '' };
  });
  expect(sheet.width).toBeGreaterThan(sheet.page - 2);
  // nothing of the panel is cut off by a scroll box: its last section ends inside it
  expect(sheet.lastBottom).toBeLessThanOrEqual(sheet.height + 100);
  expect(sheet.height).toBeGreaterThan(3000);
  expect(sheet.after).toMatch(/^" <https?:\/\/.+>"$/);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  expect(await panel.locator('details[open]').count()).toBe(0);
});

test('an unknown zone id says so and clears itself from the URL', async ({ page }) => {
  await page.goto('/?zone=atlantis-new-area');
  await expect(page.getByRole('status').filter({ hasText: '未找到区域' })).toContainText('atlantis-new-area');
  await expect(page).not.toHaveURL(/zone=/);
  await expect(page.getByTestId('zone-panel')).toBeHidden();
});

test('a malformed data file shows which file and what is wrong, and retry recovers', async ({ page }) => {
  let broken = true;
  await page.route('**/*.geojson', async (route) => {
    if (broken && route.request().url().includes('zones')) await route.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "FeatureCollection", "features": [' });
    else await route.continue();
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/zones.geojson');
  await expect(alert).toContainText('not valid JSON');
  broken = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(alert).toBeHidden();
  await waitForMapReady(page);
});

test('a broken tours file is named too, and the map still works', async ({ page }) => {
  await page.route('**/tours*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": "x", "steps": []}]' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('data/tours.json');
  await expect(page.getByRole('alert')).toContainText('does not match its schema');
  await waitForMapReady(page);
});

test('without its reference places the map still works and says nothing is wrong; the search just offers no places', async ({ page }) => {
  // routed for the whole context, so no worker could fetch a good copy either
  await page.context().route('**/basemap/cities.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: 'not json' }));
  await page.goto('/?lang=en');
  await waitForMapReady(page);
  const lanzhou = await screenPointOf(page, 103.6622, 36.4982);
  expect(near(await pixelAt(page, lanzhou.x, lanzhou.y), hex(zoneTypeColor['new-area']), 40)).toBe(true);
  await page.getByRole('combobox', { name: 'Search' }).fill('Suzhou');
  await expect(page.getByRole('listbox')).toHaveText('No matching zones');
  await page.keyboard.press('Escape');
  await expect(page.getByText(/could not be (used|loaded)/)).toHaveCount(0);
});

test('without WebGL the app says so and still lists the zones', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  // with an unknown zone in the link as well: both messages are read in full, one under the other
  await page.goto('/?zone=no-such-zone');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('WebGL');
  const notice = page.getByRole('status').filter({ hasText: 'no-such-zone' });
  await expect(notice).toBeVisible();
  const [a, n] = [await alert.boundingBox(), await notice.boundingBox()];
  expect(n!.y, 'the notice lies below the WebGL message, not over it').toBeGreaterThanOrEqual(a!.y + a!.height);
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
  // the filters still narrow the list, as they would the map, and a zone joins the comparison from it
  await page.getByRole('button', { name: '国家级高新区', exact: true }).click();
  await expect(page.getByText('显示 10 / 52 个区域')).toBeVisible();
  const item = page.getByTestId('zone-list').getByRole('button', { name: /^兰州新区/ });
  await expect(item).toHaveCount(0);
  await page.getByRole('button', { name: '国家级高新区', exact: true }).click();
  await expect(page.getByText('显示 52 / 52 个区域')).toBeVisible();
  await expect(item).toBeVisible();
  await page.getByRole('button', { name: '加入对比: 兰州新区' }).click();
  await expect(page.getByRole('button', { name: '对比（1）' })).toBeVisible();
  await item.click();
  await expect(page.getByTestId('zone-panel').getByRole('heading', { level: 2 })).toHaveText('兰州新区');
});

test('the shortcuts list opens from its button and closes on Escape, leaving the zone panel open; the map stays north-up and its scale bar follows the zoom', async ({ page }) => {
  await page.goto('/?zone=lanzhou-new-area');
  await waitForMapReady(page);
  await page.getByRole('button', { name: '键盘快捷键' }).click();
  const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(dialog).toContainText('转到搜索框');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('zone-panel').getByRole('heading', { level: 2 })).toHaveText('兰州新区');
  // The map's own keys: arrows pan, Shift+arrow would rotate; there is no compass, so it must not.
  // Wait for the fly to the zone to end first: a camera move in flight would swallow the keys.
  await expect.poll(async () => {
    const before = await page.evaluate(() => location.hash);
    await page.waitForTimeout(600);
    return before === (await page.evaluate(() => location.hash));
  }, { timeout: 10_000 }).toBe(true);
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(800);
  // #map=zoom/lat/lng, with a fourth part only when the bearing is not 0
  expect(await page.evaluate(() => /#map=([^&]+)/.exec(location.hash)?.[1]?.split('/').length)).toBe(3);
  // "+" zooms in, and the scale bar follows: a shorter distance for the same bar.
  const scale = page.locator('.maplibregl-ctrl-scale');
  const km = async () => Number(/^(\d+)\s*km$/.exec((await scale.textContent()) ?? '')?.[1]);
  const before = await km();
  expect(before).toBeGreaterThan(0);
  await page.keyboard.press('+');
  await expect.poll(km).toBeLessThan(before);
});

for (const [name, camera] of [
  ['all of China', ''],
  ['the Yangtze delta', '#map=5.5/31.2/119.5'],
]) {
  test(`no zone label covers another zone's dot: ${name}`, async ({ page }) => {
    await page.goto(`/${camera}`);
    await waitForMapReady(page);
    await page.waitForTimeout(800);
    const zones = await page.evaluate(async () => {
      const entry = performance.getEntriesByType('resource').find((r) => r.name.includes('zones') && r.name.includes('geojson'));
      if (!entry) throw new Error('zones file was not fetched');
      return ((await (await fetch(entry.name)).json()) as { features: { id: string; geometry: { coordinates: [number, number] }; properties: { type: keyof typeof zoneTypeColor } }[] }).features;
    });
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map not visible');
    const placed = await Promise.all(zones.map(async (z) => ({ z, at: await screenPointOf(page, ...z.geometry.coordinates) })));
    const overlays = (await Promise.all((await page.locator('[data-map-overlay] > *, .maplibregl-ctrl').all()).map((o) => o.boundingBox()))).filter((b) => b !== null);
    const underOverlay = (at: { x: number; y: number }) => overlays.some((o) => at.x >= o.x && at.x <= o.x + o.width && at.y >= o.y && at.y <= o.y + o.height);
    // Dots that other dots, the legend or the controls may hide are not the question here: only dots clear of them all.
    const clear = placed.filter(
      ({ z, at }) =>
        at.x > box.x + 20 &&
        at.x < box.x + box.width - 20 &&
        at.y > box.y + 20 &&
        at.y < box.y + box.height - 20 &&
        !underOverlay(at) &&
        placed.every((o) => o.z.id === z.id || Math.hypot(o.at.x - at.x, o.at.y - at.y) > 18),
    );
    expect(clear.length).toBeGreaterThan(10);
    const colours = await pixelsAt(page, clear.map((c) => c.at));
    const covered = clear.flatMap((c, i) => {
      const colour = colours[i] ?? [0, 0, 0];
      return near(colour, hex(zoneTypeColor[c.z.properties.type]), 40) ? [] : [`${c.z.id} shows ${colour.join(',')}`];
    });
    expect(covered).toEqual([]);
  });
}

/** The topmost element at the centre of `box`: the map's canvas when nothing covers the map there. */
const topmostAtCentre = (page: Page, box: { x: number; y: number; width: number; height: number }) =>
  page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className ?? '', { x: box.x + box.width / 2, y: box.y + box.height / 2 });

test('on a phone the header takes three rows, and a zone panel opens below the map as a sheet: the map keeps the upper part with the zone in sight, its credits folded; closing gives the map the screen again', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?zone=lanzhou-new-area');
  const search = await page.getByRole('combobox', { name: '搜索' }).boundingBox();
  expect(search?.width ?? 0).toBeGreaterThan(300);
  // every header button keeps its words on one line (the row scrolls sideways instead)
  for (const button of await page.getByRole('banner').getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box?.height ?? 99, await button.innerText()).toBeLessThan(40);
  }
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height ?? 999).toBeLessThan(160);
  await waitForMapReady(page);
  const panel = await page.getByTestId('zone-panel').boundingBox();
  const map = await page.getByTestId('map').boundingBox();
  if (!panel || !map) throw new Error('panel or map not visible');
  expect(panel).toMatchObject({ x: 0, width: 390 });
  expect(map).toMatchObject({ x: 0, width: 390 });
  expect(map.height).toBeGreaterThan(250);
  expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1); // below the map, not over it
  expect(panel.y + panel.height).toBeLessThanOrEqual(844 + 1);
  expect(await topmostAtCentre(page, map)).toContain('maplibregl-canvas');
  // the selected zone's dot is on the visible map, clear of the legend
  const dot = await screenPointOf(page, 103.6622, 36.4982);
  expect(dot.y).toBeGreaterThan(map.y);
  expect(dot.y).toBeLessThan(map.y + map.height);
  const legend = await page.locator('[data-map-overlay] > *').last().boundingBox();
  expect(dot.y < (legend?.y ?? 0) || dot.x > (legend?.x ?? 0) + (legend?.width ?? 0)).toBe(true);
  // on the short map the credits are folded into their button, which opens them
  const credits = page.locator('.maplibregl-ctrl-attrib');
  expect((await credits.boundingBox())?.height ?? 99).toBeLessThan(30);
  await page.getByRole('button', { name: '关闭详情面板' }).click();
  await expect(page.getByTestId('zone-panel')).toHaveCount(0);
  await expect.poll(async () => (await page.getByTestId('map').boundingBox())?.height ?? 0).toBeGreaterThan(650);
  expect((await page.getByTestId('map').boundingBox())?.width).toBe(390);
  // the map is tall again: the credits open
  await expect.poll(async () => (await credits.boundingBox())?.height ?? 0).toBeGreaterThan(30);
});

test('on a phone the sheet has a handle: a tap opens it over the whole map, which then takes no keys, a tap brings it back; a drag down leaves most of the screen to the map with the zone in sight; the arrow keys step it; it opens at half again', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?zone=lanzhou-new-area');
  await waitForMapReady(page);
  const panel = page.getByTestId('zone-panel');
  const handle = page.getByRole('separator', { name: '调整面板高度' });
  const mapArea = () => page.getByTestId('map').evaluate((el) => el.closest('[inert]') !== null);
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  await expect(handle).toHaveAttribute('aria-valuetext', '面板：半屏');
  const half = await panel.boundingBox();
  const header = await page.getByRole('banner').boundingBox();
  if (!half || !header) throw new Error('panel or header not visible');

  // a tap: the full screen below the header, the map behind it out of the keyboard's reach
  await handle.click();
  await expect(panel).toHaveAttribute('data-sheet', 'full');
  await expect.poll(async () => (await panel.boundingBox())?.y).toBeLessThanOrEqual(header.y + header.height + 1);
  expect((await panel.boundingBox())?.height ?? 0).toBeGreaterThan(844 - header.height - 2);
  await expect.poll(mapArea).toBe(true);
  // the filters and list still open over it
  await page.getByRole('button', { name: '筛选与列表' }).click();
  const sidebar = await page.locator('#sidebar').boundingBox();
  if (!sidebar) throw new Error('sidebar not visible');
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('#sidebar') !== null, { x: sidebar.x + sidebar.width / 2, y: sidebar.y + sidebar.height / 2 })).toBe(true);
  await page.getByRole('button', { name: '筛选与列表' }).click();
  await handle.click();
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  await expect.poll(mapArea).toBe(false);

  // a drag down: the small sheet, a taller map, the zone still on it and above the sheet
  const grip = await handle.boundingBox();
  if (!grip) throw new Error('handle not visible');
  await page.mouse.move(195, grip.y + grip.height / 2);
  await page.mouse.down();
  for (let y = grip.y + 20; y <= 640; y += 40) await page.mouse.move(195, y);
  await page.mouse.up();
  await expect(panel).toHaveAttribute('data-sheet', 'peek');
  await expect.poll(async () => (await panel.boundingBox())?.height ?? 999).toBeLessThan(half.height - 100);
  const map = await page.getByTestId('map').boundingBox();
  const small = await panel.boundingBox();
  if (!map || !small) throw new Error('map or panel not visible');
  expect(map.height).toBeGreaterThan(half.y - header.height + 100);
  expect(small.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  await page.waitForTimeout(500);
  const dot = await screenPointOf(page, 103.6622, 36.4982);
  expect(dot.y).toBeGreaterThan(map.y);
  expect(dot.y).toBeLessThan(map.y + map.height);
  // the panel's heading is still there to read in the strip
  await expect(panel.getByRole('heading', { name: '兰州新区' })).toBeInViewport();

  // the keys on the handle
  await handle.focus();
  await page.keyboard.press('ArrowUp');
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  await page.keyboard.press('End');
  await expect(panel).toHaveAttribute('data-sheet', 'full');
  await page.keyboard.press('ArrowDown');
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  await page.keyboard.press('Home');
  await expect(panel).toHaveAttribute('data-sheet', 'peek');

  // closed and opened again, the panel starts at half
  await page.getByRole('button', { name: '关闭详情面板' }).click();
  await expect(panel).toHaveCount(0);
  await page.goBack();
  await expect(panel).toHaveAttribute('data-sheet', 'half');

  // full on a phone, then a wider screen: a panel beside the map, no handle, the map takes keys again
  await handle.click();
  await expect(panel).toHaveAttribute('data-sheet', 'full');
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(handle).toBeHidden();
  await expect.poll(async () => (await panel.boundingBox())?.x ?? 0).toBeGreaterThan(500);
  await expect.poll(mapArea).toBe(false);
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
])
  test(`at ${viewport.width}×${viewport.height} (a phone upright and on its side) in English the legend starts folded, and a zone opened from its link lands clear of it and of the map's controls`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?zone=xian-high-tech-zone&lang=en');
    await waitForMapReady(page);
    await expect(page.getByTestId('zone-panel')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zone type' })).toHaveAttribute('aria-expanded', 'false');
    await page.waitForTimeout(1500); // the flight to the zone
    const map = await page.getByTestId('map').boundingBox();
    if (!map) throw new Error('map not visible');
    const dot = await screenPointOf(page, 108.8848, 34.2384);
    expect(dot.x).toBeGreaterThan(map.x);
    expect(dot.x).toBeLessThan(map.x + map.width);
    expect(dot.y).toBeGreaterThan(map.y);
    expect(dot.y).toBeLessThan(map.y + map.height);
    const covers = [];
    for (const overlay of await page.locator('[data-map-overlay] > *, .maplibregl-ctrl').all()) {
      const box = await overlay.boundingBox();
      if (box && dot.x >= box.x && dot.x <= box.x + box.width && dot.y >= box.y && dot.y <= box.y + box.height) covers.push(await overlay.innerText());
    }
    expect(covers).toEqual([]);
  });

test('on a phone the regions view leaves the shaded map in sight above its panel, whose own key replaces the one over the map', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?view=regions');
  await waitForMapReady(page);
  const panel = page.getByTestId('regions-panel');
  await expect(panel.locator('[data-legend="zones"]')).toBeVisible();
  const map = await page.getByTestId('map').boundingBox();
  const box = await panel.boundingBox();
  if (!map || !box) throw new Error('panel or map not visible');
  expect(map.height).toBeGreaterThan(250);
  expect(box.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  expect(await topmostAtCentre(page, map)).toContain('maplibregl-canvas');
  await expect(page.locator('[data-map-overlay] [data-legend="zones"]')).toBeHidden();
});

test('on a phone on its side the regions panel beside the map carries the shading key, and the map shows no copy of it over its short height', async ({ page }) => {
  await page.setViewportSize({ width: 844, height: 390 });
  await page.goto('/?view=regions&metric=gdp');
  await waitForMapReady(page);
  await expect(page.getByTestId('regions-panel').locator('[data-legend="gdp"]')).toBeVisible();
  await expect(page.locator('[data-map-overlay] [data-legend="gdp"]')).toBeHidden();
  // a taller screen keeps the copy over the map, where the panel's key may have scrolled away
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(page.locator('[data-map-overlay] [data-legend="gdp"]')).toBeVisible();
});

test('on a portrait tablet the legend stands above the map credits, which take two lines there', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/?zone=lanzhou-new-area');
  await waitForMapReady(page);
  const credits = await page.locator('.maplibregl-ctrl-attrib').boundingBox();
  const legend = await page.locator('[data-map-overlay] > *').last().boundingBox();
  if (!credits || !legend) throw new Error('credits or legend not visible');
  expect(credits.height).toBeGreaterThan(30); // two lines
  expect(legend.x + legend.width).toBeGreaterThan(credits.x); // they share columns, so they must not share rows
  expect(legend.y + legend.height).toBeLessThanOrEqual(credits.y);
});

test('on a phone the legend starts folded and leaves room beside it for the longest scale bar, even in English', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en');
  await waitForMapReady(page);
  const title = page.getByRole('button', { name: 'Zone type' });
  await expect(title).toHaveAttribute('aria-expanded', 'false');
  const map = await page.getByTestId('map').boundingBox();
  if (!map) throw new Error('map not visible');
  // the scale bar stands 10 px from the right edge and grows up to its maximum width as the map zooms
  const room = map.x + map.width - 10 - presentationOverrides(false).scaleMaxWidth;
  const legendRight = async () => {
    const legend = await page.locator('[data-map-overlay] > *').last().boundingBox();
    if (!legend) throw new Error('legend not visible');
    return legend.x + legend.width;
  };
  expect(await legendRight()).toBeLessThanOrEqual(room);
  // folded, the title shares its line with the first entry rather than taking a line of its own
  const first = await page.locator('[data-map-overlay] > *').last().locator('li').first().boundingBox();
  const titleBox = await title.boundingBox();
  if (!first || !titleBox) throw new Error('legend entries not visible');
  expect(Math.abs(first.y + first.height / 2 - (titleBox.y + titleBox.height / 2))).toBeLessThan(4);
  // unfolded, its long English names wrap within that room
  await title.click();
  await expect(title).toHaveAttribute('aria-expanded', 'true');
  expect(await legendRight()).toBeLessThanOrEqual(room);
});
