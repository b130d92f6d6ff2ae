import type { Page } from '@playwright/test';
import { zoneTypeColor } from '../src/lib/palette';
import { expect, hex, near, pixelAt, screenPointOf, test, waitForMapReady } from './support';

type Zone = { id: string; geometry: { coordinates: [number, number] }; properties: { type: string; region: string; name_zh: string } };

async function zonesFromApp(page: Page): Promise<Zone[]> {
  return page.evaluate(async () => {
    const entry = performance.getEntriesByType('resource').find((r) => r.name.includes('zones') && r.name.includes('geojson'));
    if (!entry) throw new Error('zones file was not fetched');
    return ((await (await fetch(entry.name)).json()) as { features: Zone[] }).features;
  });
}

for (const query of ['lanzhou', '兰州']) {
  test(`searching "${query}" and pressing Enter opens 兰州新区`, async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: /^(搜索|Search)$/ });
    await waitForMapReady(page);
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await page.keyboard.type(query);
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('兰州新区');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('zone-panel').getByRole('heading', { level: 2 })).toHaveText('兰州新区');
    await expect(page).toHaveURL(/zone=lanzhou-new-area/);
  });
}

test('searching a city with no zone of its own offers the nearest zones, with their distances', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForMapReady(page);
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('Suzhou');
  const first = page.getByRole('listbox').getByRole('option').first();
  // 苏州 has no zone in the data; 无锡高新区 is the nearest, about 30 km away
  await expect(first).toContainText('Wuxi');
  await expect(first).toContainText(/\d+ km from Suzhou/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/zone=wuxi-high-tech-zone/);
});

test('filtering to new areas in the west leaves exactly those on the map and in the list', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await waitForMapReady(page);
  const zones = await zonesFromApp(page);
  const expected = zones.filter((z) => z.properties.type === 'new-area' && z.properties.region === 'west');
  await page.getByRole('button', { name: '国家级新区' }).click();
  await page.getByRole('button', { name: '西部', exact: true }).click();
  await expect(page).toHaveURL(/type=new-area/);
  await expect(page).toHaveURL(/region=west/);
  await expect(page.getByTestId('shown-count')).toHaveText(`显示 ${expected.length} / ${zones.length} 个区域`);
  const listed = await page.getByTestId('zone-list').locator('[data-zone-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-zone-id')));
  expect(listed.sort()).toEqual(expected.map((z) => z.id).sort());

  await page.waitForTimeout(800);
  const colour = hex(zoneTypeColor['new-area']);
  for (const z of expected.slice(0, 3)) {
    const p = await screenPointOf(page, ...z.geometry.coordinates);
    expect(near(await pixelAt(page, p.x, p.y), colour, 40), `${z.id} drawn`).toBe(true);
  }
  for (const id of ['pudong-new-area', 'harbin-new-area', 'dalian-etdz']) {
    const z = zones.find((f) => f.id === id);
    if (!z) throw new Error(`${id} missing`);
    const p = await screenPointOf(page, ...z.geometry.coordinates);
    const px = await pixelAt(page, p.x, p.y);
    expect(Object.values(zoneTypeColor).some((c) => near(px, hex(c), 40)), `${id} hidden`).toBe(false);
  }
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByTestId('shown-count')).toHaveText(`显示 ${zones.length} / ${zones.length} 个区域`);
});

test('?lang=en shows the interface in English with <html lang="en">', async ({ page }) => {
  await page.goto('/?lang=en&zone=dalian-etdz');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zone Atlas');
  const panel = page.getByTestId('zone-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Dalian/);
  await expect(panel).toContainText('Planned area');
  await expect(page.getByRole('combobox', { name: /^(搜索|Search)$/ })).toHaveAttribute('placeholder', /Search zones/);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(panel).toContainText('规划面积');
});

test('a URL with every parameter reloads to the same view, and back/forward step through actions', async ({ page }) => {
  const url = '/?zone=guian-new-area&compare=lanzhou-new-area,guian-new-area&q=%E8%B4%B5&type=new-area&region=west&sort=approved&lang=en#map=5/30/105';
  await page.goto(url);
  const panel = page.getByTestId('zone-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Gui'an/);
  await expect(page.getByRole('combobox', { name: /^(搜索|Search)$/ })).toHaveValue('贵');
  await expect(page.getByRole('button', { name: 'New area', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Compare (2)' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Sort' }).getByRole('button', { name: 'Approved' })).toHaveAttribute('aria-pressed', 'true');
  const before = new URL(page.url());
  await page.reload();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Gui'an/);
  const after = new URL(page.url());
  expect(after.search).toBe(before.search);

  await page.getByTestId('zone-list').getByRole('button', { name: /Lanzhou New Area/ }).first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Lanzhou/);
  await page.getByRole('button', { name: 'Central', exact: true }).click();
  await expect(page).toHaveURL(/region=west,central/);
  await page.goBack();
  await expect(page).not.toHaveURL(/central/);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Lanzhou/);
  await page.goBack();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Gui'an/);
  await page.goForward();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Lanzhou/);
});

test('garbage and stale parameters are cleaned, not fatal', async ({ page }) => {
  await page.goto('/?compare=lanzhou-new-area,no-such-zone,%3Cb%3E&type=moon&province=火星省&years=abc&sort=evil&view=3d');
  await waitForMapReady(page);
  await expect(page).toHaveURL(/\?compare=lanzhou-new-area(#|$)/);
  await expect(page.getByRole('button', { name: '对比（1）' })).toBeVisible();
});
