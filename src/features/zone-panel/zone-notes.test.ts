import { describe, expect, it } from 'vitest';
import { zonePropertiesSchema } from '../../schemas/zone';
import { zoneNote } from './zone-notes';

const base = { id: 'jia', name_zh: '甲', name_en: 'Jia', type: 'etdz', province: '甲省', city: '甲市', approved: '2010', area_km2: null };
const zone = (extra: Record<string, string>) => zonePropertiesSchema.parse({ ...base, ...extra });

describe('zoneNote', () => {
  it('gives each reader the note in their language', () => {
    const z = zone({ notes: 'Position approximate.', notes_zh: '位置为大致位置。' });
    expect(zoneNote(z, 'notes', 'zh')).toEqual({ text: '位置为大致位置。', lang: 'zh' });
    expect(zoneNote(z, 'notes', 'en')).toEqual({ text: 'Position approximate.', lang: 'en' });
  });

  it('falls back to the other language, and says which it is', () => {
    expect(zoneNote(zone({ area_note: 'Planned area.' }), 'area_note', 'zh')).toEqual({ text: 'Planned area.', lang: 'en' });
    expect(zoneNote(zone({ area_note_zh: '规划面积。' }), 'area_note', 'en')).toEqual({ text: '规划面积。', lang: 'zh' });
  });

  it('is null when the zone has no such note', () => {
    expect(zoneNote(zone({ notes: 'Only the other field.' }), 'area_note', 'zh')).toBeNull();
  });
});
