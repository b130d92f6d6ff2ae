/**
 * `npm test`: type check and build, lint, data check, unit and component tests, browser tests.
 * Runs every step even when one fails, then prints the totals as one plain line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

type Tally = { passed: number; failed: number };
const results: { step: string; tally: Tally }[] = [];

function run(step: string, command: string): boolean {
  console.log(`\n▶ ${step}: ${command}`);
  const r = spawnSync(command, { stdio: 'inherit', shell: true });
  return r.status === 0;
}

const check = (step: string, command: string) => {
  const ok = run(step, command);
  results.push({ step, tally: { passed: ok ? 1 : 0, failed: ok ? 0 : 1 } });
  return ok;
};

function suite(step: string, command: string, report: string, read: (json: unknown) => Tally) {
  rmSync(report, { force: true });
  const ok = run(step, command);
  let tally: Tally = { passed: 0, failed: ok ? 0 : 1 };
  if (existsSync(report)) {
    tally = read(JSON.parse(readFileSync(report, 'utf8')));
    if (!ok && tally.failed === 0) tally.failed = 1; // the runner failed outside any test
  }
  results.push({ step, tally });
}

mkdirSync('test-results', { recursive: true });
const built = check('type check and build', 'npm run build');
check('lint', 'npm run lint');
check('data check', 'npm run data:check');
suite('unit and component tests', 'npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json', 'test-results/unit.json', (j) => {
  const r = j as { numPassedTests: number; numFailedTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
});
if (built) {
  suite('browser tests', 'npx playwright test', 'test-results/e2e.json', (j) => {
    const s = (j as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected };
  });
} else {
  results.push({ step: 'browser tests (not run: the build failed)', tally: { passed: 0, failed: 1 } });
}

console.log('\nSummary');
for (const { step, tally } of results) console.log(`  ${tally.failed ? '✗' : '✓'} ${step}: ${tally.passed} passed, ${tally.failed} failed`);
const total = results.reduce((t, r) => ({ passed: t.passed + r.tally.passed, failed: t.failed + r.tally.failed }), { passed: 0, failed: 0 });
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed ? 1 : 0);
