import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-state';

describe('parseUrlState', () => {
  it('reads a zone id and a language', () => {
    expect(parseUrlState('?zone=lanzhou-new-area&lang=en')).toEqual({ zone: 'lanzhou-new-area', lang: 'en' });
  });
  it('normalises case and surrounding space in the zone id', () => {
    expect(parseUrlState('?zone=%20Lanzhou-New-Area%20').zone).toBe('lanzhou-new-area');
  });
  it('drops garbage instead of throwing', () => {
    expect(parseUrlState('?zone=<script>&lang=fr')).toEqual({ zone: null, lang: null });
    expect(parseUrlState('?zone=&zone=x--y')).toEqual({ zone: null, lang: null });
    expect(parseUrlState('%%%')).toEqual({ zone: null, lang: null });
  });
  it('keeps an unknown but well-formed id, so the app can say it was not found', () => {
    expect(parseUrlState('?zone=atlantis-new-area').zone).toBe('atlantis-new-area');
  });
});

describe('serializeUrlState', () => {
  it('writes keys in a fixed order and omits empty ones', () => {
    expect(serializeUrlState({ lang: 'zh', zone: 'dalian-etdz' })).toBe('?zone=dalian-etdz&lang=zh');
    expect(serializeUrlState({ zone: null, lang: null })).toBe('');
  });
  it('round-trips through parse', () => {
    const state = { zone: 'xian-high-tech-zone', lang: 'en' as const };
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });
});
