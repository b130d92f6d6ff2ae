import { describe, expect, it } from 'vitest';
import { rankLabel, rankSpans, valueRange } from './rank';

const exact = (value: number) => ({ value, qualifier: 'exact' as const });

describe('rankSpans', () => {
  it('ranks exact figures largest first, equal ones sharing a place', () => {
    expect(rankSpans([exact(300), exact(647.27), exact(100), exact(300)])).toEqual([
      { best: 2, worst: 2 },
      { best: 1, worst: 1 },
      { best: 4, worst: 4 },
      { best: 2, worst: 2 },
    ]);
  });

  it('leaves the place of an "over" figure open against a larger exact one, and closes it against smaller ones', () => {
    // 两江 4,654.83; 天府 and 湘江 "超过 4,000"; 福州 3,127
    const spans = rankSpans([exact(4654.83), { value: 4000, qualifier: 'over' }, { value: 4000, qualifier: 'over' }, exact(3127)]);
    expect(spans).toEqual([
      { best: 1, worst: 3 },
      { best: 1, worst: 3 },
      { best: 1, worst: 3 },
      { best: 4, worst: 4 },
    ]);
    expect(spans.map(rankLabel)).toEqual(['1–3', '1–3', '1–3', '4']);
  });

  it('reads "nearly" and "under" as ceilings, "about" and "estimate" at their word', () => {
    expect(rankSpans([exact(1200), { value: 1000, qualifier: 'nearly' }, exact(500)])).toEqual([
      { best: 1, worst: 1 },
      { best: 2, worst: 3 },
      { best: 2, worst: 3 },
    ]);
    expect(rankSpans([{ value: 500, qualifier: 'about' }, { value: 400, qualifier: 'estimate' }, { value: 100, qualifier: 'under' }])).toEqual([
      { best: 1, worst: 1 },
      { best: 2, worst: 2 },
      { best: 3, worst: 3 },
    ]);
    expect(valueRange(10, 'at-least')).toEqual([10, Infinity]);
  });
});
