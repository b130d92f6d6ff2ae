/**
 * A five-step cividis-like ramp, light to dark. Cividis was designed to read the same with and
 * without colour-vision deficiencies, and its steps differ in lightness, so they survive a
 * washed-out projector. The lightest step is kept clearly darker than the basemap land (#f4f1ea)
 * so "lowest class" never reads as "no data". See https://doi.org/10.1371/journal.pone.0199239
 */
export const sequentialRamp: readonly string[] = ['#e1cc55', '#a59c74', '#707173', '#3b496c', '#00224e'];
const middle = '#707173';

export type LegendEntry = { from: number; to: number; colour: string };
export type Classification = { colours: Record<string, string>; legend: LegendEntry[] };

/** Colours for `n` classes spread over the ramp, so two classes are light and dark, not two light ones. */
function rampFor(n: number): string[] {
  // One class takes the middle step: neither "least" nor "most".
  if (n <= 1) return [middle];
  const last = sequentialRamp.length - 1;
  return Array.from({ length: n }, (_, i) => sequentialRamp[Math.round((i * last) / (n - 1))] ?? middle);
}

/**
 * Equal-count classes over distinct values: every occurrence of one value lands in one class, so
 * small integers (1, 2, 3 zones) never split, and a few distinct values each get their own class.
 */
function groupValues(sorted: number[], steps: number): number[][] {
  const distinct = [...new Set(sorted)];
  if (distinct.length <= steps) return distinct.map((v) => [v]);
  const classes: number[][] = [];
  let seen = 0;
  for (const value of distinct) {
    const count = sorted.filter((v) => v === value).length;
    const index = Math.min(steps - 1, Math.floor((seen * steps) / sorted.length));
    (classes[index] ??= []).push(value);
    seen += count;
  }
  return classes.filter((c) => c !== undefined && c.length > 0);
}

/** Class breaks and a colour for each key. Non-finite values are left out (shown as no data by the caller). */
export function classify(values: Record<string, number>, steps: number = sequentialRamp.length): Classification {
  const entries = Object.entries(values).filter(([, v]) => Number.isFinite(v));
  const sorted = entries.map(([, v]) => v).sort((a, b) => a - b);
  if (sorted.length === 0) return { colours: {}, legend: [] };
  const classes = groupValues(sorted, Math.max(1, Math.min(steps, sequentialRamp.length)));
  const ramp = rampFor(classes.length);
  const integers = sorted.every(Number.isInteger);
  const legend = classes.map((values, i) => {
    const from = values[0] ?? 0;
    const to = values[values.length - 1] ?? from;
    const previous = classes[i - 1];
    // Integer classes run on from the previous one (1, 2–3, 4–6), so no count falls between classes.
    const start = integers && previous ? (previous[previous.length - 1] ?? from) + 1 : from;
    return { from: start, to, colour: ramp[i] ?? middle };
  });
  const colours: Record<string, string> = {};
  for (const [key, value] of entries) {
    const index = classes.findIndex((c) => c.includes(value));
    const entry = legend[index];
    if (entry) colours[key] = entry.colour;
  }
  return { colours, legend };
}
