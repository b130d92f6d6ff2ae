import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test, waitForMapReady } from './support';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical problems axe-core finds on the page as it is now. */
async function axeProblems(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
}

const views: [string, string][] = [
  ['the map', '/'],
  ['a zone panel, its sources opened', '/?zone=dianzhong-new-area'],
  ['the compare view', '/?compare=lanzhou-new-area,xixian-new-area,dianzhong-new-area'],
  ['the regions view', '/?view=regions'],
  ['the regions view in English', '/?view=regions&lang=en'],
  ['a zone panel in English, with company figures and press excerpts', '/?zone=yinchuan-high-tech-zone&lang=en'],
  ['a tour step when presenting, dark', '/?mode=present&tour=western-new-areas-2024&step=7&theme=dark'],
];
for (const [name, path] of views) {
  test(`no serious accessibility problems (axe-core): ${name}`, async ({ page }) => {
    await page.goto(path);
    await waitForMapReady(page);
    // open every source note, so their contents are checked too
    for (const details of await page.locator('details').all()) await details.evaluate((d) => d.setAttribute('open', ''));
    expect(await axeProblems(page)).toEqual([]);
  });
}

test('no serious accessibility problems (axe-core): a zone panel on a phone, its sheet opened over the map', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?zone=dianzhong-new-area');
  await waitForMapReady(page);
  expect(await axeProblems(page)).toEqual([]);
  await page.getByTestId('sheet-handle').click();
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-sheet', 'full');
  expect(await axeProblems(page)).toEqual([]);
});
