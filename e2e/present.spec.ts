import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { ui } from '../src/lib/palette';
import { expect, hex, near, pixelColumn, screenPointOf, screenPointsOf, test, waitForMapReady } from './support';

type Tour = { id: string; steps: { kind: string; zone?: string }[] };

async function toursFromApp(page: Page): Promise<Tour[]> {
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('tours')));
  return page.evaluate(async () => {
    const entry = performance.getEntriesByType('resource').find((r) => r.name.includes('tours') && r.name.endsWith('.json'));
    if (!entry) throw new Error('tours file was not fetched');
    return (await (await fetch(entry.name)).json()) as Tour[];
  });
}

/** Visible text smaller than 18 CSS px, and anything that sticks out of the viewport. */
async function legibilityProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const { innerWidth: w, innerHeight: h } = window;
    const root = document.documentElement;
    if (root.scrollWidth > w || root.scrollHeight > h) {
      const wide = [...document.querySelectorAll('body *')].find((el) => el.getBoundingClientRect().right > w + 1 || el.getBoundingClientRect().bottom > h + 1);
      problems.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight} (${wide?.tagName} ${wide?.getAttribute('class')?.slice(0, 50)})`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) continue; // not rendered, or visually hidden for screen readers
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      // text inside a scrolled panel below the fold is not on screen: it cannot be too small to see
      if (rect.bottom <= 0 || rect.top >= h || rect.right <= 0 || rect.left >= w) continue;
      // text running past its panel's edge is cut off: panels scroll down, not sideways
      const panel = el.closest('.sr-only') ? undefined : el.closest('aside')?.getBoundingClientRect();
      if (panel && rect.right > panel.right + 1) problems.push(`past the panel's edge: "${text.slice(0, 30)}"`);
      const size = parseFloat(style.fontSize);
      if (size < 18) problems.push(`${size}px: "${text.slice(0, 30)}" <${el.tagName.toLowerCase()} class="${el.getAttribute('class')?.slice(0, 40) ?? ''}">`);
    }
    // a scale label wider than its bar runs across the bar's end tick
    for (const bar of document.querySelectorAll('.maplibregl-ctrl-scale')) {
      const range = document.createRange();
      range.selectNodeContents(bar);
      const text = range.getBoundingClientRect().width;
      const box = bar.getBoundingClientRect().width;
      if (text > box) problems.push(`scale label "${bar.textContent}" (${Math.round(text)} px) is wider than its bar (${Math.round(box)} px)`);
    }
    for (const el of document.querySelectorAll('header, main, aside, nav, [data-testid="present-caption"]')) {
      if (el.parentElement?.closest('aside')) continue; // a panel's own header scrolls with it
      const r = el.getBoundingClientRect();
      if (r.width && (r.left < -1 || r.top < -1 || r.right > w + 1 || r.bottom > h + 1)) problems.push(`${el.tagName} outside the viewport`);
    }
    return problems;
  });
}

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`presentation mode at ${size.width}×${size.height}: no text under 18 px, nothing overflows`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/?mode=present&tour=western-new-areas-2024');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
    await expect(page.getByTestId('present-caption')).toBeVisible();
    await expect(page.getByTestId('zone-panel').getByRole('heading', { level: 2 })).toHaveText('兰州新区');
    await waitForMapReady(page);
    expect(await legibilityProblems(page)).toEqual([]);
    // no editing chrome in front of the room: no compare or download buttons
    await expect(page.getByTestId('zone-panel').getByRole('button', { name: /加入对比|下载 CSV/ })).toHaveCount(0);
    await page.goto('/?mode=present&view=regions&theme=dark');
    await expect(page.getByTestId('regions-panel')).toBeVisible();
    expect(await legibilityProblems(page)).toEqual([]);
    // further down the panel: the ranking's sources wrap within it
    await page.getByTestId('regions-panel').evaluate((panel) => {
      const row = panel.querySelectorAll('[data-testid="indicator-ranking"] tr[data-zone]')[2];
      if (!row) throw new Error('no ranking rows');
      panel.scrollTop += row.getBoundingClientRect().top - panel.getBoundingClientRect().top - 20;
    });
    expect(await legibilityProblems(page)).toEqual([]);
    // a playback at national zoom, where the scale bar is short
    await page.goto('/?mode=present&tour=etdz-forty-years&step=2&lang=en');
    await expect(page.getByTestId('present-caption')).toContainText('Forty years');
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await legibilityProblems(page)).toEqual([]);
  });
}

test('in a tour, "?" lists the shortcuts legibly; its keys stay its own, and Escape closes only the list', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?mode=present&tour=western-new-areas-2024');
  await waitForMapReady(page);
  await expect(page.getByTestId('zone-panel').getByRole('heading', { level: 2 })).toHaveText('兰州新区');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(dialog).toContainText('退出演示');
  expect(await legibilityProblems(page)).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  await expect(page).not.toHaveURL(/[?&]step=2/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]step=2/);
});

test('on a 1024×768 projector the tour picker gives the map the room: the header holds theme and exit, the credits fold into their button', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?mode=present');
  await waitForMapReady(page);
  // no second bar between the header and the map before a tour starts
  await expect(page.getByTestId('present-top')).toHaveCount(0);
  const header = page.locator('header');
  await expect(header.getByRole('button', { name: '深色主题' })).toBeVisible();
  await expect(header.getByRole('button', { name: '退出演示' })).toBeVisible();
  const map = await page.locator('.maplibregl-canvas').boundingBox();
  expect(map?.height ?? 0).toBeGreaterThan(540);
  // the credits are one click away, not two 18px lines over the south coast
  const credits = page.locator('.maplibregl-ctrl-attrib-inner');
  await expect(credits).toBeHidden();
  await page.locator('.maplibregl-ctrl-attrib-button').click();
  await expect(credits).toBeVisible();
  await expect(credits).toContainText('GeoNames (CC BY 4.0)');
  // starting a tour brings its bar with the theme switch; leaving opens the credits for the explorer
  await page.getByRole('button', { name: '开始' }).first().click();
  await expect(page.getByTestId('present-top').getByRole('button', { name: '深色主题' })).toBeVisible();
  await expect(header.getByRole('button', { name: '退出演示' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'present');
  await expect(credits).toBeVisible();
});

test('on a 1024×768 projector the regions view’s shading key sits in the caption band, so no zone lies under a legend, even in English', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?mode=present&view=regions&metric=gdp&lang=en');
  await waitForMapReady(page);
  const key = page.getByTestId('present-caption').getByTestId('present-shading-key');
  await expect(key.locator('[data-legend="gdp"]')).toContainText('Province GDP');
  await expect(key.locator('[data-legend="gdp"]')).toContainText('none / no data');
  await expect(page.locator('[data-map-overlay] [data-legend]')).toHaveCount(0);
  // every dot has the map itself on top: no legend box over it
  const zones = (JSON.parse(await readFile('data/zones.geojson', 'utf8')) as { features: { id: string; geometry: { coordinates: [number, number] } }[] }).features;
  const at = await screenPointsOf(page, zones.map((z) => z.geometry.coordinates));
  const covered = await page.evaluate(
    (points) => points.filter(({ x, y }) => !String(document.elementFromPoint(x, y)?.className ?? '').includes('maplibregl-canvas')).map(({ id }) => id),
    zones.map((z, i) => ({ id: z.id, ...at[i]! })),
  );
  expect(covered).toEqual([]);
  // the map keeps most of the screen's height
  expect((await page.locator('.maplibregl-canvas').boundingBox())?.height ?? 0).toBeGreaterThan(450);
  // switching the shading changes the key in the band
  await page.getByTestId('regions-panel').getByText('Zones', { exact: true }).click();
  await expect(key.locator('[data-legend="zones"]')).toBeVisible();
});

test('the keyboard steps through every step of every tour, and each step’s URL reopens it', async ({ page }) => {
  // walks every step of every tour (20 steps) and reopens each by its link: about 40 page loads
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?mode=present');
  const tours = await toursFromApp(page);
  expect(tours.length).toBeGreaterThanOrEqual(3);
  const caption = page.getByTestId('present-caption');
  for (const tour of tours) {
    await page.goto(`/?mode=present&tour=${tour.id}`);
    const captions: string[] = [];
    const links: string[] = [];
    for (let n = 1; n <= tour.steps.length; n++) {
      await expect(page).toHaveURL(new RegExp(`step=${n}(&|#|$)`));
      await expect(page.getByRole('button', { name: new RegExp(`^转到第 ${n} 步$`) })).toHaveAttribute('aria-current', 'step');
      const step = tour.steps[n - 1];
      if (step?.kind === 'zone') await expect(page.getByTestId('zone-panel')).toBeVisible();
      if (step?.kind === 'compare') await expect(page.getByTestId('compare-panel')).toBeVisible();
      if (step?.kind === 'regions') await expect(page.getByTestId('regions-panel')).toBeVisible();
      if (step?.kind === 'playback') await expect(page.getByRole('timer')).toBeVisible();
      captions.push((await caption.textContent()) ?? '');
      links.push(page.url());
      if (n < tour.steps.length) await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
    }
    expect(new Set(captions).size, 'each step has its own caption').toBe(tour.steps.length);
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/step=1(&|#|$)/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(new RegExp(`step=${tour.steps.length}(&|#|$)`));
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(new RegExp(`step=${tour.steps.length - 1}(&|#|$)`));
    // every step is a link: opening it afresh shows that step again
    await page.goto('/');
    for (const [i, link] of links.entries()) {
      await page.goto(link);
      await expect(caption).toHaveText(captions[i] ?? '');
    }
  }
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'present');
  await expect(page).not.toHaveURL(/mode=present/);
});

test('a tour step link flies the map to the step’s view, also while the panel opens beside it', async ({ page }) => {
  await page.goto('/?mode=present&tour=western-new-areas-2024&step=3');
  const tours = await toursFromApp(page);
  const step = (tours.find((t) => t.id === 'western-new-areas-2024')?.steps[2] ?? null) as { view?: { center: [number, number]; zoom: number } } | null;
  if (!step?.view) throw new Error('step 3 of western-new-areas-2024 has no view');
  await waitForMapReady(page);
  await expect
    .poll(async () => {
      const m = /map=([\d.]+)\/([\d.-]+)\/([\d.-]+)/.exec(new URL(page.url()).hash);
      return m ? Math.abs(Number(m[1]) - step.view!.zoom) < 0.3 && Math.abs(Number(m[2]) - step.view!.center[1]) < 0.5 && Math.abs(Number(m[3]) - step.view!.center[0]) < 0.5 : false;
    }, { timeout: 10_000 })
    .toBe(true);
});

test('when presenting, the compare ring still shows around the larger dots', async ({ page }) => {
  await page.goto('/?mode=present&compare=lanzhou-new-area,xixian-new-area');
  await waitForMapReady(page);
  // 兰州新区: a settled position (no halo) on open land; read the 30 px above its centre
  const lanzhou = await screenPointOf(page, 103.6622, 36.4982);
  const column = await pixelColumn(page, lanzhou.x, lanzhou.y - 30, 30);
  const blue = column.filter((p) => near(p, hex(ui.compare), 40));
  expect(blue.length).toBeGreaterThanOrEqual(2);
});

test('hovering a dot in presentation mode shows it in the caption band, with a warning when the dot is approximate', async ({ page }) => {
  await page.goto('/?mode=present');
  await waitForMapReady(page);
  const caption = page.getByTestId('present-caption');
  const zhundong = await screenPointOf(page, 89.0984, 44.776); // 准东经开区: position not confirmed
  await page.mouse.move(zhundong.x, zhundong.y);
  await expect(caption).toContainText('准东经济技术开发区');
  await expect(caption).toContainText('位置为大致位置');
  const lanzhou = await screenPointOf(page, 103.6622, 36.4982); // 兰州新区: position from a cited coordinate
  await page.mouse.move(lanzhou.x, lanzhou.y);
  await expect(caption).toContainText('兰州新区');
  await expect(caption).not.toContainText('大致位置');
});

type Zone = { id: string; geometry: { coordinates: [number, number] }; properties: { type: string; approved: string } };
type Step = { kind: string; zone?: string; compare?: string[]; types?: string[]; to?: number };

/** The zones a step is about: its zone, its compare set, or every zone its playback ends with. */
function stepZones(step: Step, zones: Zone[]): Zone[] {
  if (step.kind === 'zone') return zones.filter((z) => z.id === step.zone);
  if (step.kind === 'compare') return zones.filter((z) => step.compare?.includes(z.id));
  if (step.kind === 'playback') return zones.filter((z) => (!step.types || step.types.includes(z.properties.type)) && Number(z.properties.approved.slice(0, 4)) <= (step.to ?? 0));
  return [];
}

test('on an old 1024×768 projector every zone a tour step is about is on the map, under no legend, control or counter', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  // Reduced motion: the camera jumps and a playback shows its last year at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?mode=present');
  const tours = (await toursFromApp(page)) as unknown as { id: string; steps: Step[] }[];
  const zones = await page.evaluate(async () => {
    const entry = performance.getEntriesByType('resource').find((r) => r.name.includes('zones') && r.name.includes('geojson'));
    if (!entry) throw new Error('zones file was not fetched');
    return ((await (await fetch(entry.name)).json()) as { features: Zone[] }).features;
  });
  let checked = 0;
  for (const tour of tours) {
    await page.goto(`/?mode=present&tour=${tour.id}&step=1`);
    await waitForMapReady(page);
    for (const [i, step] of tour.steps.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`step=${i + 1}(&|#|$)`));
      const subjects = stepZones(step, zones);
      await expect
        .poll(
          async () => {
            const hidden: string[] = [];
            // one reading of the camera for all of them: a playback step has a dot for every zone of its type
            const points = await screenPointsOf(page, subjects.map((z) => z.geometry.coordinates));
            for (const [k, z] of subjects.entries()) {
              const { x, y } = points[k]!;
              const on = await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.className ?? 'nothing', [x, y] as const);
              if (!String(on).includes('maplibregl-canvas')) hidden.push(`${z.id} under ${String(on).slice(0, 40)}`);
            }
            return hidden;
          },
          { message: `${tour.id} step ${i + 1}`, timeout: 8_000 },
        )
        .toEqual([]);
      checked += subjects.length;
    }
  }
  expect(checked).toBeGreaterThan(30);
});

/** Chart text whose colour is too close to what lies behind it (contrast under 4.5:1), in a panel. */
async function faintChartText(page: Page, panel: string) {
  return page.evaluate((testId) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c[3] ?? 0) > 0.5) return c;
      }
      return [255, 255, 255];
    };
    // A number written on a bar is read against the bar's colour, not the panel's.
    const bars = [...document.querySelectorAll(`[data-testid="${testId}"] .recharts-rectangle`)];
    const behind = (text: Element) => {
      const r = text.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const bar = bars.find((b) => {
        const br = b.getBoundingClientRect();
        return x >= br.left && x <= br.right && y >= br.top && y <= br.bottom;
      });
      return bar ? rgb(getComputedStyle(bar).fill) : background(text);
    };
    const faint: string[] = [];
    for (const text of document.querySelectorAll(`[data-testid="${testId}"] svg text`)) {
      if (!text.textContent?.trim() || text.getBoundingClientRect().width === 0) continue;
      const fill = rgb(getComputedStyle(text).fill);
      const [a, b] = [luminance(fill), luminance(behind(text))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) faint.push(`"${text.textContent.trim().slice(0, 20)}" ${ratio.toFixed(1)}:1`);
    }
    return faint;
  }, panel);
}

test('in the dark and the light theme the charts’ labels stay legible: every chart text contrasts 4.5:1 with its panel', async ({ page }) => {
  const steps: [string, string][] = [
    ['tour=western-new-areas-2024&step=6', 'zone-panel'],
    ['tour=western-new-areas-2024&step=7', 'compare-panel'],
    ['tour=etdz-forty-years&step=7', 'regions-panel'],
  ];
  for (const theme of ['dark', 'light'])
  for (const [step, panel] of steps) {
    await page.goto(`/?mode=present&${step}&theme=${theme}`);
    await expect(page.getByTestId(panel).locator('svg text').first()).toBeVisible();
    expect(await page.getByTestId(panel).locator('svg text').count()).toBeGreaterThan(3);
    expect(await faintChartText(page, panel), `${panel}, ${theme}`).toEqual([]);
  }
});

test('on a 1024×768 projector a compared indicator puts each name and value above its bar, so the bars keep the panel’s width', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?mode=present&compare=tianfu-new-area,xiangjiang-new-area,liangjiang-new-area');
  const card = page.getByTestId('compare-panel').locator('article[data-group^="gdp|"]').first();
  const stacked = card.locator('[data-chart="stacked"]');
  await expect(stacked).toBeVisible();
  await expect(card.locator('.recharts-surface')).toHaveCount(0);
  // the largest figure's bar spans most of the card; the others in proportion, as printed
  const widths = await stacked.locator('[data-bar]').evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
  const cardWidth = (await card.boundingBox())?.width ?? 0;
  expect(Math.max(...widths)).toBeGreaterThan(cardWidth * 0.7);
  await expect(stacked.locator('li[data-zone="liangjiang-new-area"]')).toContainText('4,654.83亿元');
  await expect(stacked.locator('li[data-zone="tianfu-new-area"]')).toContainText('超过 4,000亿元');
  expect(await legibilityProblems(page)).toEqual([]);
  // a wide panel keeps the chart with names beside the bars
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(card.locator('.recharts-surface')).toBeVisible();
  await expect(stacked).toHaveCount(0);
});
