import { describe, expect, it } from 'vitest';
import { indicatorRowSchema } from '../schemas/indicator';
import { citationNote, rowNote } from './local-note';

const row = (extra: Record<string, string>) =>
  indicatorRowSchema.parse({ subject: '甲省', scope: 'province', indicator: 'gdp', value: 1, unit: '亿元', period: '2023', source: { kind: 'publisher', title: '公报', publisher: '甲省统计局', doc_no: '1' }, ...extra });

describe('rowNote', () => {
  it('gives each reader an indicator note in their language, kept through the schema', () => {
    const r = row({ note: 'goods trade', note_zh: '货物贸易' });
    expect(rowNote(r, 'zh')).toEqual({ text: '货物贸易', lang: 'zh' });
    expect(rowNote(r, 'en')).toEqual({ text: 'goods trade', lang: 'en' });
  });

  it('falls back to the other language and says so, and is null without a note', () => {
    expect(rowNote(row({ note: 'goods trade' }), 'zh')).toEqual({ text: 'goods trade', lang: 'en' });
    expect(rowNote(row({}), 'en')).toBeNull();
  });
});

describe('citationNote', () => {
  it('is the Chinese version for Chinese readers, marked as Chinese, and the note as written otherwise, unmarked', () => {
    const c = { note: 'Read on a reprint: “2023年”.', note_zh: '读自转载页：“2023年”。' };
    expect(citationNote(c, 'zh')).toEqual({ text: '读自转载页：“2023年”。', lang: 'zh' });
    expect(citationNote(c, 'en')).toEqual({ text: 'Read on a reprint: “2023年”.', lang: null });
    expect(citationNote({ note: '“原文”' }, 'zh')).toEqual({ text: '“原文”', lang: null });
    expect(citationNote({}, 'zh')).toBeNull();
  });
});
