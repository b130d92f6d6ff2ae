import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../src/test/csv';
import { expect, screenPointOf, screenPointsOf, test, waitForMapReady } from './support';

async function zonePoint(page: Page, id: string) {
  const [lng, lat] = await page.evaluate(async (zoneId) => {
    const entry = performance.getEntriesByType('resource').find((r) => r.name.includes('zones') && r.name.includes('geojson'));
    if (!entry) throw new Error('zones file was not fetched');
    const fc = (await (await fetch(entry.name)).json()) as { features: { id: string; geometry: { coordinates: [number, number] } }[] };
    const f = fc.features.find((z) => z.id === zoneId);
    if (!f) throw new Error(`${zoneId} missing`);
    return f.geometry.coordinates;
  }, id);
  return screenPointOf(page, lng, lat);
}

test('a ?compare= link opens the compare view with the three zones and their shared indicators as charts', async ({ page }) => {
  await page.goto('/?compare=lanzhou-new-area,guian-new-area,dianzhong-new-area');
  const panel = page.getByTestId('compare-panel');
  await expect(panel.locator('[data-compare]')).toHaveAttribute('data-compare', 'lanzhou-new-area,guian-new-area,dianzhong-new-area');
  for (const name of ['兰州新区', '贵州贵安新区', '云南滇中新区']) await expect(panel.getByRole('button', { name: `查看${name}详情` })).toBeVisible();
  const trade = panel.locator('article[data-group]').filter({ hasText: '进出口' }).first();
  await expect(trade.locator('.recharts-surface')).toBeVisible();
  await expect(trade).toContainText('647.27');
  // 兰州新区 has no 2023 trade figure: shown as missing, never as zero
  await expect(trade).toContainText('暂缺');

  await panel.getByRole('button', { name: '从对比中移除 兰州新区' }).click();
  await expect(page).toHaveURL(/compare=guian-new-area,dianzhong-new-area(&|#|$)/);
  await page.goBack();
  await expect(page).toHaveURL(/compare=lanzhou-new-area,guian-new-area,dianzhong-new-area/);
  await page.goForward();
  await expect(page).toHaveURL(/compare=guian-new-area,dianzhong-new-area(&|#|$)/);

  await panel.getByRole('button', { name: '表格' }).click();
  await expect(page).toHaveURL(/display=table/);
  await expect(panel.locator('table').first()).toBeVisible();
});

test('on a 1024×768 screen the compare panel fits its width: long English names and uncertain badges wrap, nothing is cut off', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?compare=lishui-etdz,guangzhou-etdz,beijing-etdz&lang=en');
  const panel = page.getByTestId('compare-panel');
  await expect(panel.locator('tr[data-zone="lishui-etdz"]').first()).toContainText('uncertain');
  await expect(panel.locator('article[data-group]').first()).toBeVisible();
  expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
});

test('shift-click on the map adds zones to the compare set, and the panel and URL follow', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  for (const id of ['lanzhou-new-area', 'zhangye-etdz']) {
    const p = await zonePoint(page, id);
    await page.keyboard.down('Shift');
    await page.mouse.click(p.x, p.y);
    await page.keyboard.up('Shift');
    await expect(page).toHaveURL(new RegExp(`compare=[^&#]*${id}`));
    await page.waitForTimeout(500); // the compare panel opening narrows the map
  }
  await expect(page).toHaveURL(/compare=lanzhou-new-area,zhangye-etdz/);
  await expect(page.getByRole('button', { name: '对比（2）' })).toBeVisible();
  await expect(page.getByTestId('compare-panel').getByRole('button', { name: '查看张掖经济技术开发区详情' })).toBeVisible();
  await expect(page.getByTestId('zone-panel')).toBeHidden();
  // shift-click again removes it
  const p = await zonePoint(page, 'lanzhou-new-area');
  await page.keyboard.down('Shift');
  await page.mouse.click(p.x, p.y);
  await page.keyboard.up('Shift');
  await expect(page).toHaveURL(/compare=zhangye-etdz(&|#|$)/);
});

test('?view=regions shows counts by type per region, approvals over time, and shaded provinces with a legend', async ({ page }) => {
  await page.goto('/?view=regions');
  const panel = page.getByTestId('regions-panel');
  await expect(panel).toContainText('东部');
  await expect(panel).toContainText('1984');
  await expect(panel.locator('.recharts-surface').nth(1)).toBeVisible();
  await waitForMapReady(page);
  const legend = page.locator('[data-legend="zones"]').first();
  await expect(legend).toBeVisible();
  await panel.getByText('经开区数', { exact: true }).click();
  await expect(panel.getByRole('radio', { name: '经开区数' })).toBeChecked();
  await expect(page).toHaveURL(/metric=etdz/);
  await expect(page.locator('[data-legend="etdz"]').first()).toBeVisible();
  await panel.getByText('省份地区生产总值', { exact: true }).click();
  await expect(page).toHaveURL(/metric=gdp/);
  await expect(page.locator('[data-legend="gdp"]').first()).toContainText('2023年 · 亿元');

  // The host provinces' economy, from the data: figures in one unit per column, missing as missing, sources on a click.
  const economy = panel.getByTestId('province-economy');
  await expect(economy.locator('tr[data-economy="广东省"] td[data-indicator="gdp"]')).toHaveText('135,673.16');
  await expect(economy.locator('tr[data-economy="云南省"] td[data-indicator="foreign_trade"]')).toHaveText('暂缺');
  await economy.getByRole('button', { name: '查看湖北省数值的出处' }).click();
  // the curators' note in the reader's language, the quoted source as printed
  await expect(economy.locator('li[data-source="foreign_trade"] [data-testid="row-note"]')).toHaveText(/^武汉海关数据/);
  await expect(economy.locator('li[data-source="foreign_trade"] [data-testid="row-note"]')).toHaveAttribute('lang', 'zh-CN');
  await expect(economy.locator('li[data-source="foreign_trade"]')).toContainText('2023年,湖北進出口總值6449.7億元');
  // The same table as a file: Guangdong's GDP as in the table, Yunnan's trade empty and marked missing.
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '下载 CSV' }).click()]);
  const records = parseCsv(await readFile(await download.path(), 'utf8'));
  const record = (province: string, indicator: string) => records.find((r) => r.province === province && r.indicator === indicator);
  expect(record('广东省', 'gdp')?.value).toBe('135673.16');
  expect(record('云南省', 'foreign_trade')).toMatchObject({ value: '', missing: 'no-value' });
  // the national totals stand apart, per kind of zone, each with its source
  const national = panel.getByTestId('national-figures');
  await expect(national.locator('[data-group="etdz"]')).toContainText('10.1万亿元');
  await expect(national.locator('[data-group="etdz"]')).toContainText('《勇当改革开放排头兵');
  await expect(national.locator('[data-group="new-area"]')).toContainText('6.2万亿元');
  await expect(national.locator('[data-group="new-area"]').getByText(/Xinhua/).first()).toBeVisible();
  const [nationalFile] = await Promise.all([page.waitForEvent('download'), national.getByRole('button', { name: '下载全国合计 CSV' }).click()]);
  const nationwide = parseCsv(await readFile(await nationalFile.path(), 'utf8'));
  expect(nationwide.find((r) => r.group === 'etdz' && r.indicator === 'foreign_trade')).toMatchObject({ value: '10.1', unit: '万亿元', period: '2023', source_kind: 'article' });
  expect(nationwide.find((r) => r.group === 'new-area' && r.indicator === 'gdp')).toMatchObject({ value: '6.2', unit: 'trillion yuan', source_kind: 'publisher' });
});

test('on a 1024×768 screen the regions view keeps every zone and the room for its label clear of the legends: China moves up rather than under them', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?view=regions');
  await waitForMapReady(page);
  await expect(page.getByTestId('regions-panel')).toBeVisible();
  const zones = (JSON.parse(await readFile('data/zones.geojson', 'utf8')) as { features: { id: string; geometry: { coordinates: [number, number] } }[] }).features;
  const at = await screenPointsOf(page, zones.map((z) => z.geometry.coordinates));
  // every dot must have the map itself on top and lie 40 px or more from every legend, the room a
  // label beside it needs
  const hidden = await page.evaluate((points) => {
    const legends = [...document.querySelectorAll('[data-map-overlay] > *')].map((el) => el.getBoundingClientRect());
    return points
      .map(({ id, x: px, y: py }) => {
        const on = document.elementFromPoint(px, py)?.className ?? 'nothing';
        if (!String(on).includes('maplibregl-canvas')) return `${id} under ${String(on).slice(0, 40)}`;
        const gap = Math.min(...legends.map((r) => Math.hypot(Math.max(r.left - px, 0, px - r.right), Math.max(r.top - py, 0, py - r.bottom))));
        return gap < 40 ? `${id} ${Math.round(gap)} px from a legend` : null;
      })
      .filter(Boolean);
  }, zones.map((z, i) => ({ id: z.id, ...at[i]! })));
  expect(hidden).toEqual([]);
});

test('a printed comparison lists the citations behind its facts, which the screen keeps behind the [n] markers', async ({ page }) => {
  await page.goto('/?compare=lanzhou-new-area,xixian-new-area');
  const panel = page.getByTestId('compare-panel');
  await expect(panel.getByRole('button', { name: '打印' })).toBeVisible();
  const list = panel.getByTestId('facts-citations');
  await expect(list).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(list).toBeVisible();
  await expect(list).toContainText('国函〔2012〕104号');
  await expect(list).toContainText('陕西西咸新区');
  await expect(panel.getByRole('button', { name: /打印|清空对比|下载 CSV/ })).toHaveCount(0);
});

test('the regions view downloads the whole zone list with each fact and its sources', async ({ page }) => {
  await page.goto('/?view=regions');
  const panel = page.getByTestId('regions-panel');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '下载区域清单 CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('zone-atlas-zones.csv');
  const records = parseCsv(await readFile(await download.path(), 'utf8'));
  const zones = JSON.parse(await readFile('data/zones.geojson', 'utf8')) as { features: { id: string; properties: { area_km2: number | null } }[] };
  expect(records.map((r) => r.id).sort()).toEqual(zones.features.map((f) => f.id).sort());
  expect(records.find((r) => r.id === 'lanzhou-new-area')).toMatchObject({ name_zh: '兰州新区', approved: '2012-08-20', area_km2: '806', longitude: '103.6622', latitude: '36.4982' });
  expect(records.find((r) => r.id === 'lanzhou-new-area')?.sources_approved).toContain('国函〔2012〕104号');
  // every zone's area is the number in the data; a zone without a known area would get an empty cell, never 0
  for (const f of zones.features) {
    expect(records.find((r) => r.id === f.id)?.area_km2, f.id).toBe(f.properties.area_km2 === null ? '' : String(f.properties.area_km2));
  }
  expect(records.find((r) => r.id === 'yinchuan-high-tech-zone')?.area_km2).toBe('1.067');
});

test('without a camera in the link, the map keeps all of China in view while the compare panel opens beside it', async ({ page }) => {
  await page.goto('/?compare=pudong-new-area,harbin-new-area,zhundong-etdz');
  await expect(page.getByTestId('compare-panel')).toBeVisible();
  await waitForMapReady(page);
  await page.waitForTimeout(800);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map box');
  for (const id of ['pudong-new-area', 'harbin-new-area', 'zhundong-etdz', 'nansha-new-area']) {
    const p = await zonePoint(page, id);
    expect(p.x > box.x + 20 && p.x < box.x + box.width - 20 && p.y > box.y + 20 && p.y < box.y + box.height - 20, `${id} in view`).toBe(true);
  }
});

test('GDP printed in 亿元 and in billion yuan is compared on one axis, with each printed figure kept', async ({ page }) => {
  await page.goto('/?compare=pudong-new-area,zhoushan-new-area,guangzhou-etdz&display=table');
  const gdp = page.getByTestId('compare-panel').locator('article[data-group="gdp|亿元|2023"]');
  await expect(gdp).toContainText('3/3');
  const zhoushan = gdp.locator('tr[data-zone="zhoushan-new-area"]');
  await expect(zhoushan).toContainText('2,100.8亿元');
  await expect(zhoushan).toContainText('原文 210.08 billion yuan');
  await expect(gdp.locator('tr[data-zone="pudong-new-area"]')).not.toContainText('原文');

  // A zone's own series mixes the two units as well: the bars are labelled in the axis unit, 亿元.
  await page.goto('/?zone=beijing-etdz');
  const card = page.getByTestId('zone-panel').locator('article[data-indicator="gdp"] figure');
  await expect(card.locator('.recharts-surface')).toBeVisible();
  await expect(card).toContainText('1,259.2');
  await expect(card).toContainText('4,012.1');
});

test('the compared figures download as a CSV with their sources, a missing one left empty', async ({ page }) => {
  await page.goto('/?compare=lanzhou-new-area,guian-new-area,dianzhong-new-area');
  const panel = page.getByTestId('compare-panel');
  await expect(panel.locator('article[data-group]').first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '下载 CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('zone-atlas-compare-absolute.csv');
  const text = await readFile(await download.path(), 'utf8');
  expect(text.replace(/^\uFEFF/, '').startsWith('indicator,indicator_zh,indicator_en,')).toBe(true);
  const trade = parseCsv(text).filter((r) => r.indicator === 'foreign_trade' && r.period === '2023' && r.unit === '亿元');
  const dianzhong = trade.find((r) => r.zone_id === 'dianzhong-new-area');
  expect(dianzhong?.value).toBe('647.27');
  expect(dianzhong?.sentence).toContain('647.27亿元');
  expect(trade.find((r) => r.zone_id === 'lanzhou-new-area')).toMatchObject({ value: '', missing: 'no-value' });
});

test('the regions view ranks the zones the filters show on an indicator three or more of them have; a bound gets a span of places, a zone without the figure is listed as missing', async ({ page }) => {
  // from the data: the national new areas with a 2023 GDP
  type Row = { subject: string; scope: string; indicator: string; period: string; unit: string };
  const rows = (JSON.parse(await readFile('data/indicators.json', 'utf8')) as { rows: Row[] }).rows;
  const zones = (JSON.parse(await readFile('data/zones.geojson', 'utf8')) as { features: { id: string; properties: { type: string; name_zh: string; region: string } }[] }).features;
  const newAreas = zones.filter((z) => z.properties.type === 'new-area');
  const withGdp = new Set(rows.filter((r) => r.scope === 'zone' && r.indicator === 'gdp' && r.period === '2023' && /亿元|billion yuan/.test(r.unit)).map((r) => r.subject));
  const ranked = newAreas.filter((z) => withGdp.has(z.id));
  expect(ranked.length).toBeGreaterThanOrEqual(3);

  await page.goto('/?view=regions&type=new-area');
  const ranking = page.getByTestId('indicator-ranking');
  await expect(ranking.getByRole('combobox', { name: '指标' })).toHaveValue('gdp|亿元|2023');
  await expect(ranking).toContainText(`${ranked.length}/${newAreas.length} 个区域有数据`);
  const table = ranking.locator('tr[data-zone]');
  await expect(table).toHaveCount(ranked.length);
  await expect(table.first()).toHaveAttribute('data-zone', 'pudong-new-area');
  // 天府's 2023 figure is printed as "超过 4,000亿元": its place is a span, and the chart says why
  await expect(ranking.locator('tr[data-zone="tianfu-new-area"] td').first()).toHaveText(/^\d+–\d+$/);
  await expect(ranking).toContainText('名次只能确定在这个范围内');
  // the rest are named as missing, not drawn as empty or zero bars
  const missing = ranking.getByTestId('ranking-missing');
  await expect(missing.locator('summary')).toHaveText(`未排名的区域（${newAreas.length - ranked.length} 个）`);
  await missing.locator('summary').click();
  for (const z of newAreas.filter((a) => !withGdp.has(a.id))) await expect(missing.getByRole('button', { name: z.properties.name_zh })).toBeVisible();
  // the ranking downloads with every zone shown, a missing one left empty with its reason
  const [download] = await Promise.all([page.waitForEvent('download'), ranking.getByRole('button', { name: '下载排名 CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('zone-atlas-ranking-gdp-2023.csv');
  const records = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(records).toHaveLength(newAreas.length);
  expect(records.filter((r) => r.value !== '')).toHaveLength(ranked.length);
  const without = newAreas.find((z) => !withGdp.has(z.id));
  expect(records.find((r) => r.zone_id === without?.id)).toMatchObject({ value: '', missing: 'no-value' });
  expect(records.find((r) => r.zone_id === 'tianfu-new-area')).toMatchObject({ qualifier: 'over', printed_value: '4000' });
  // the filters choose what is ranked: the western new areas only
  await page.getByRole('button', { name: '西部', exact: true }).click();
  await expect(page).toHaveURL(/region=west/);
  const western = ranked.filter((z) => z.properties.region === 'west');
  await expect(table).toHaveCount(western.length);
  await expect(table.first()).toHaveAttribute('data-zone', 'liangjiang-new-area');
  // per km² of planned area: the indicator stays, the choice goes into the link and the download
  await ranking.getByRole('button', { name: '每平方公里' }).click();
  await expect(page).toHaveURL(/norm=per-km2/);
  await expect(ranking.locator('article[data-group]')).toContainText('除以规划面积（km²）');
  await expect(ranking.getByRole('combobox', { name: '指标' })).toHaveValue('gdp|亿元|2023');
  const [perKm2] = await Promise.all([page.waitForEvent('download'), ranking.getByRole('button', { name: '下载排名 CSV' }).click()]);
  expect(perKm2.suggestedFilename()).toBe('zone-atlas-ranking-gdp-2023-per-km2.csv');
  const liangjiang = parseCsv(await readFile(await perKm2.path(), 'utf8')).find((r) => r.zone_id === 'liangjiang-new-area');
  const lj = rows.find((r) => r.subject === 'liangjiang-new-area' && r.scope === 'zone' && r.indicator === 'gdp' && r.period === '2023') as (Row & { value: number }) | undefined;
  const ljArea = (zones.find((z) => z.id === 'liangjiang-new-area')?.properties as { area_km2?: number } | undefined)?.area_km2;
  expect(lj?.unit).toBe('亿元');
  expect(Number(liangjiang?.value)).toBeCloseTo((lj?.value ?? NaN) / (ljArea ?? NaN), 4);
  await ranking.getByRole('button', { name: '原始数值' }).click();
  await expect(page).not.toHaveURL(/norm=/);
  // over all zones another indicator can be picked, and its group is what the chart shows
  await page.goto('/?view=regions');
  const pick = ranking.getByRole('combobox', { name: '指标' });
  await expect(pick.locator('option').nth(1)).toBeAttached();
  const values = await pick.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await pick.selectOption(values[1]!);
  await expect(ranking.locator('article[data-group]')).toHaveAttribute('data-group', values[1]!);
  // the pick is in the link: reloading it, or going back and forward, keeps the ranking
  const [indicator, , period] = values[1]!.split('|');
  await expect.poll(() => new URL(page.url()).searchParams.get('rank')?.startsWith(`${indicator},${period}`)).toBe(true);
  await page.reload();
  await expect(ranking.locator('article[data-group]')).toHaveAttribute('data-group', values[1]!);
  await page.goBack();
  await expect(ranking.locator('article[data-group]')).toHaveAttribute('data-group', values[0]!);
});
