import { describe, expect, it } from 'vitest';
import { emptyUrlState, parseUrlState, serializeUrlState, type UrlState } from './url-state';

describe('parseUrlState', () => {
  it('reads a zone id and a language', () => {
    expect(parseUrlState('?zone=lanzhou-new-area&lang=en')).toMatchObject({ zone: 'lanzhou-new-area', lang: 'en' });
  });
  it('normalises case and surrounding space in the zone id', () => {
    expect(parseUrlState('?zone=%20Lanzhou-New-Area%20').zone).toBe('lanzhou-new-area');
  });
  it('gives the defaults for an empty or garbage query', () => {
    expect(parseUrlState('')).toEqual(emptyUrlState);
    expect(parseUrlState('%%%&=&zone')).toEqual(emptyUrlState);
    expect(parseUrlState('?zone=<script>&lang=fr&view=3d&mode=x&sort=evil&step=2&norm=x&display=pie&metric=rainfall')).toEqual(emptyUrlState);
  });
  it('keeps an unknown but well-formed id, so the app can say it was not found', () => {
    expect(parseUrlState('?zone=atlantis-new-area').zone).toBe('atlantis-new-area');
  });
  it('reads the compare set in order, without duplicates or junk', () => {
    expect(parseUrlState('?compare=lanzhou-new-area,GUIAN-new-area,,lanzhou-new-area,%3Cx%3E,dianzhong-new-area').compare).toEqual([
      'lanzhou-new-area',
      'guian-new-area',
      'dianzhong-new-area',
    ]);
  });
  it('reads filters and drops unknown values', () => {
    const s = parseUrlState('?type=new-area,moon-base&region=west,south&province=甘肃省,<b>&industry=汽车&years=2010-2015');
    expect(s.filters).toEqual({ types: ['new-area'], regions: ['west'], provinces: ['甘肃省'], industries: ['汽车'], years: [2010, 2015] });
  });
  it('reads open and reversed year ranges', () => {
    expect(parseUrlState('?years=2010-').filters.years).toEqual([2010, null]);
    expect(parseUrlState('?years=-1990').filters.years).toEqual([null, 1990]);
    expect(parseUrlState('?years=2015-2010').filters.years).toEqual([2010, 2015]);
    expect(parseUrlState('?years=abc').filters.years).toEqual([null, null]);
  });
  it('takes a tour step only with a tour and a sane number', () => {
    expect(parseUrlState('?tour=western-new-areas&step=3')).toMatchObject({ tour: 'western-new-areas', step: 3 });
    expect(parseUrlState('?tour=western-new-areas&step=-1').step).toBeNull();
    expect(parseUrlState('?tour=western-new-areas&step=1.5').step).toBeNull();
  });
});

describe('serializeUrlState', () => {
  it('writes keys in a fixed order and omits defaults', () => {
    expect(serializeUrlState({ ...emptyUrlState, lang: 'zh', zone: 'dalian-etdz' })).toBe('?zone=dalian-etdz&lang=zh');
    expect(serializeUrlState(emptyUrlState)).toBe('');
  });
  it('keeps commas readable in lists', () => {
    expect(serializeUrlState({ ...emptyUrlState, compare: ['a-new-area', 'b-etdz'] })).toBe('?compare=a-new-area,b-etdz');
  });
  it('round-trips a state with every parameter set', () => {
    const state: UrlState = {
      zone: 'xian-high-tech-zone',
      compare: ['lanzhou-new-area', 'guian-new-area'],
      view: 'regions',
      mode: 'present',
      tour: 'western-new-areas',
      step: 2,
      q: '兰州',
      filters: { types: ['new-area', 'etdz'], regions: ['west'], provinces: ['甘肃省'], industries: ['汽车'], years: [1984, null] },
      sort: 'area',
      norm: 'per-km2',
      display: 'table',
      metric: 'etdz',
      rank: 'foreign_trade,2023,亿美元',
      theme: 'dark',
      lang: 'en',
    };
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });
});

describe('the ranking in the URL', () => {
  it('reads an indicator and a period, with a unit where one period has two, and keeps the commas readable', () => {
    expect(parseUrlState('?view=regions&rank=gdp,2023').rank).toBe('gdp,2023');
    expect(parseUrlState('?rank=gdp,2021-01/2021-06').rank).toBe('gdp,2021-01/2021-06');
    expect(serializeUrlState({ ...emptyUrlState, view: 'regions', rank: 'gdp,2023' })).toBe('?view=regions&rank=gdp,2023');
  });
  it('drops what is not one', () => {
    for (const bad of ['gdp', ',2023', 'GDP,2023', 'gdp,2023,a,b', '<script>,2023', 'gdp,x'.repeat(20)]) expect(parseUrlState(`?rank=${encodeURIComponent(bad)}`).rank).toBeNull();
  });
});
