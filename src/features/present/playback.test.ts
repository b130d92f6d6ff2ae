import { describe, expect, it } from 'vitest';
import { approvalYear, stepZones, tick, toggle, zonesApprovedBy } from './playback';

const zone = (id: string, approved: string, type: 'etdz' | 'new-area' = 'etdz') => ({ id, properties: { approved, type } });

describe('zonesApprovedBy', () => {
  const zones = [zone('dalian', '1984-09-25'), zone('tianjin', '1984-12'), zone('beijing', '1994'), zone('pudong', '1992-10-11', 'new-area')];

  it('keeps zones approved in or before the year, whatever the date precision', () => {
    expect(zonesApprovedBy(zones, 1984).map((z) => z.id)).toEqual(['dalian', 'tianjin']);
    expect(zonesApprovedBy(zones, 1983)).toEqual([]);
    expect(zonesApprovedBy(zones, 1994).map((z) => z.id)).toEqual(['dalian', 'tianjin', 'beijing', 'pudong']);
  });

  it('keeps only the given types', () => {
    expect(zonesApprovedBy(zones, 2024, ['new-area']).map((z) => z.id)).toEqual(['pudong']);
  });

  it('reads the year of any partial date', () => {
    expect([approvalYear('2013'), approvalYear('2012-12'), approvalYear('2014-11-03')]).toEqual([2013, 2012, 2014]);
  });
});

describe('tick and toggle', () => {
  it('advances a year at a time and stops at the end', () => {
    expect(tick({ year: 1984, paused: false }, 2024)).toEqual({ year: 1985, paused: false });
    expect(tick({ year: 2024, paused: false }, 2024)).toEqual({ year: 2024, paused: false });
  });

  it('pauses and resumes, and starts over once finished', () => {
    expect(toggle({ year: 1990, paused: false }, 1984, 2024)).toEqual({ year: 1990, paused: true });
    expect(toggle({ year: 1990, paused: true }, 1984, 2024)).toEqual({ year: 1990, paused: false });
    expect(toggle({ year: 2024, paused: false }, 1984, 2024)).toEqual({ year: 1984, paused: false });
  });
});

describe('stepZones', () => {
  const zones = [zone('dalian', '1984-09-25'), zone('beijing', '1994'), zone('kunming', '2000'), zone('pudong', '1992-10-11', 'new-area')];
  const base = { view: { center: [110, 34] as [number, number], zoom: 4 }, caption: { zh: '说明', en: 'Caption' } };
  const ids = (list: { id: string }[]) => list.map((z) => z.id);

  it('is the zone, or the compare set, of a step', () => {
    expect(ids(stepZones({ ...base, kind: 'zone', zone: 'beijing' }, zones))).toEqual(['beijing']);
    expect(ids(stepZones({ ...base, kind: 'compare', compare: ['pudong', 'dalian'] }, zones))).toEqual(['dalian', 'pudong']);
  });

  it('is every zone a playback ends with, of its types; nothing for a regions step', () => {
    expect(ids(stepZones({ ...base, kind: 'playback', from: 1984, to: 1995, types: ['etdz'] }, zones))).toEqual(['dalian', 'beijing']);
    expect(ids(stepZones({ ...base, kind: 'regions' }, zones))).toEqual([]);
  });
});
