import type { IndicatorRow } from '../schemas/indicator';

type Qualifier = IndicatorRow['qualifier'];

/** Which side of the printed figure the true value lies on: 超过/至少 give a floor, 近/不足 a ceiling. */
export function boundOf(qualifier: Qualifier): 'floor' | 'ceiling' | null {
  if (qualifier === 'over' || qualifier === 'at-least') return 'floor';
  if (qualifier === 'under' || qualifier === 'nearly') return 'ceiling';
  return null;
}

/**
 * What a printed figure says about the true value. "超过 4000" (over, at least) gives only a floor,
 * "近 1000" (nearly) and "不足 1000" (under) only a ceiling; 约 and 预计 are taken at their word.
 */
export function valueRange(value: number, qualifier: Qualifier): [number, number] {
  const bound = boundOf(qualifier);
  if (bound === 'floor') return [value, Infinity];
  if (bound === 'ceiling') return [-Infinity, value];
  return [value, value];
}

/** A place in a ranking, 1 = largest: `best` when `worst` is the same, or a span the figures leave open. */
export type RankSpan = { best: number; worst: number };

/**
 * Ranks figures largest first as far as their qualifiers allow. A figure's best rank counts the
 * others that are surely larger; its worst, those that may be. Exact figures get one rank, equal
 * ones the same; "over 4,000" beside an exact 4,654.83 could be either side of it, so both span
 * two places rather than claim an order the sources do not give.
 */
export function rankSpans(items: readonly { value: number; qualifier: Qualifier }[]): RankSpan[] {
  const ranges = items.map((i) => valueRange(i.value, i.qualifier));
  return ranges.map(([low, high], i) => {
    let best = 1;
    let worst = 1;
    ranges.forEach(([otherLow, otherHigh], j) => {
      if (j === i) return;
      if (otherLow > high) best += 1;
      if (otherHigh > low) worst += 1;
    });
    return { best, worst };
  });
}

/** "2", or "2–5" when the figures leave the place open. */
export const rankLabel = (span: RankSpan) => (span.best === span.worst ? String(span.best) : `${span.best}–${span.worst}`);
