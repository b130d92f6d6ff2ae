/**
 * Screenshots of the built app for review and for the README:
 *   [SIZES=1920x1080,1024x768] npx tsx scripts/screenshots.ts <out-dir> [name=url-path[!key] ...]
 * Serves dist/ with `vite preview`, opens each path in Chromium (default 1440×900 and 1024×768);
 * `!key` presses a key once the page is ready (e.g. `help=/!?` opens the shortcuts list).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [outDir = 'screenshots', ...pairs] = process.argv.slice(2);
const shots = (pairs.length ? pairs : ['home=/', 'panel=/?zone=lanzhou-new-area']).map((p) => {
  const i = p.indexOf('=');
  const [path = '/', key] = p.slice(i + 1).split('!');
  return { name: p.slice(0, i), path, key };
});
const sizes = (process.env.SIZES ?? '1440x900,1024x768').split(',').map((s) => {
  const [width = 1440, height = 900] = s.split('x').map(Number);
  return { width, height };
});
const port = 4180;

mkdirSync(outDir, { recursive: true });
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking'],
  });
  for (const size of sizes)
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: size, locale: 'zh-CN' });
      await page.goto(`http://127.0.0.1:${port}${shot.path}`);
      await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, { timeout: 30_000 }).catch(() => undefined);
      await page.waitForTimeout(2000);
      if (shot.key) {
        await page.keyboard.press(shot.key);
        await page.waitForTimeout(300);
      }
      const file = `${outDir}/${shot.name}-${size.width}x${size.height}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  await browser.close();
} finally {
  server.kill();
}
