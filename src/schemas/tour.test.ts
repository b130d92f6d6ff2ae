import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stepZoneIds, tourSchema, toursFileSchema, tourStepSchema, type Tour } from './tour';

const view = { center: [103.68, 36.49], zoom: 8 };
const caption = { zh: '兰州新区', en: 'Lanzhou New Area' };
const zoneStep = { kind: 'zone', zone: 'lanzhou-new-area', view, caption };
const tour = (id: string, steps: unknown[] = [zoneStep]) => ({ id, title: caption, steps });
const issues = (value: unknown) => {
  const r = tourStepSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('tourStepSchema', () => {
  it('accepts one step of each kind', () => {
    expect(issues(zoneStep)).toEqual([]);
    expect(issues({ kind: 'compare', compare: ['lanzhou-new-area', 'xixian-new-area'], view, caption })).toEqual([]);
    expect(issues({ kind: 'regions', types: ['etdz'], view, caption })).toEqual([]);
    expect(issues({ kind: 'playback', from: 1984, to: 2024, view, caption, source: { article_id: '004' } })).toEqual([]);
    expect(issues({ ...zoneStep, source: { data: 'zones' } })).toEqual([]);
    expect(issues({ ...zoneStep, source: { data: 'indicators' } })).not.toEqual([]);
  });

  it('rejects a compare step without ids, with one id, or with an id twice', () => {
    expect(issues({ kind: 'compare', view, caption })).toEqual([expect.stringMatching(/^compare:/)]);
    expect(issues({ kind: 'compare', compare: ['lanzhou-new-area'], view, caption })).toEqual([expect.stringMatching(/^compare:/)]);
    expect(issues({ kind: 'compare', compare: ['lanzhou-new-area', 'lanzhou-new-area'], view, caption })).toEqual(['compare: compare ids must be unique']);
  });

  it('rejects a zone step without a zone, and ids meant for another kind', () => {
    expect(issues({ kind: 'zone', view, caption })).toEqual([expect.stringMatching(/^zone:/)]);
    expect(issues({ ...zoneStep, compare: ['xixian-new-area', 'tianfu-new-area'] })).toEqual([expect.stringContaining('compare')]);
  });

  it('rejects a playback that does not move forward or starts before 1984', () => {
    expect(issues({ kind: 'playback', from: 2000, to: 2000, view, caption })).toEqual(['to: playback needs to > from']);
    expect(issues({ kind: 'playback', from: 1980, to: 2024, view, caption })).toEqual([expect.stringMatching(/^from:/)]);
    expect(issues({ kind: 'playback', to: 2024, view, caption })).toEqual([expect.stringMatching(/^from:/)]);
  });

  it('rejects a view with latitude and longitude swapped', () => {
    expect(issues({ ...zoneStep, view: { center: [36.49, 103.68], zoom: 8 } })).toHaveLength(2);
  });

  it('rejects a caption in one language only and an excerpt filed under another article', () => {
    expect(issues({ ...zoneStep, caption: { zh: '兰州新区' } })).toEqual([expect.stringMatching(/^caption\.en:/)]);
    expect(issues({ ...zoneStep, source: { article_id: '000', excerpt_id: '004-dalian-first-etdz' } })).toEqual(['source.excerpt_id: excerpt_id must belong to article_id']);
  });
});

describe('tourSchema and toursFileSchema', () => {
  it('needs a kebab-case id and at least one step', () => {
    expect(tourSchema.safeParse(tour('Western_Areas')).success).toBe(false);
    expect(tourSchema.safeParse(tour('western', [])).success).toBe(false);
    expect(tourSchema.safeParse(tour('western')).success).toBe(true);
  });

  it('rejects two tours with the same id', () => {
    const r = toursFileSchema.safeParse([tour('western'), tour('western')]);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['duplicate tour id "western"']);
  });

  it('lists the zones a step refers to', () => {
    const steps = tourSchema.parse(tour('t', [zoneStep, { kind: 'compare', compare: ['a-b', 'c-d'], view, caption }, { kind: 'regions', view, caption }])).steps;
    expect(steps.map(stepZoneIds)).toEqual([['lanzhou-new-area'], ['a-b', 'c-d'], []]);
  });
});

describe('data/tours.json', () => {
  // Parsed per test, so a broken file fails these tests rather than the whole file's collection.
  const load = (): Tour[] => toursFileSchema.parse(JSON.parse(readFileSync(new URL('../../data/tours.json', import.meta.url), 'utf8')));
  const byId = (id: string) => load().find((t) => t.id === id);

  it('has the western new areas tour, ending with a compare of the six', () => {
    const steps = byId('western-new-areas-2024')?.steps ?? [];
    const six = ['lanzhou-new-area', 'xixian-new-area', 'tianfu-new-area', 'liangjiang-new-area', 'guian-new-area', 'dianzhong-new-area'];
    expect(steps.filter((s) => s.kind === 'zone').map(stepZoneIds).flat()).toEqual(six);
    expect(steps.at(-1)).toMatchObject({ kind: 'compare', compare: six });
  });

  it('has the five high-tech zones of February 2025', () => {
    const zones = byId('high-tech-new-productive-forces-2025')?.steps.filter((s) => s.kind === 'zone').flatMap(stepZoneIds);
    expect(zones).toEqual(['tianjin-binhai-high-tech-zone', 'shenyang-high-tech-zone', 'wuxi-high-tech-zone', 'xiangtan-high-tech-zone', 'chengdu-high-tech-zone']);
  });

  it('tells forty years of ETDZs from Dalian, with a playback from 1984 and a regions step', () => {
    const steps = byId('etdz-forty-years')?.steps ?? [];
    expect(steps[0]).toMatchObject({ kind: 'zone', zone: 'dalian-etdz' });
    expect(steps.find((s) => s.kind === 'playback')).toMatchObject({ from: 1984 });
    expect(steps.some((s) => s.kind === 'regions')).toBe(true);
  });

  it('names an article for every caption that cites a number', () => {
    const unsourced = load().flatMap((t) => t.steps.filter((s) => /\d/.test(s.caption.zh + s.caption.en) && !s.source).map((s) => `${t.id}: ${s.caption.en}`));
    expect(unsourced).toEqual([]);
  });
});
