import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/csv';
import { testZone } from '../../test/zone';
import { zonesCsv } from './zones-csv';

describe('zonesCsv', () => {
  const zones = [
    testZone('jia-new-area', {
      name_zh: '甲新区',
      name_en: 'Jia New Area',
      aliases: ['甲区', '甲地新区'],
      area_km2: 806,
      industries: [{ zh: '汽车', en: 'cars' }, { zh: '化工', en: 'chemicals' }],
      uncertain: ['position', 'approved'],
      sources: {
        approved: [{ title: '国务院关于同意设立甲新区的批复', publisher: '国务院', doc_no: '国函〔2012〕104号', date: '2012-08-20' }],
        area_km2: [
          { title: '甲新区', publisher: '维基百科', url: 'https://zh.wikipedia.org/wiki/甲新区', url_status: 'unconfirmed' },
          { title: '开发区目录', publisher: '国家发展改革委', url: 'https://example.org/catalogue', url_status: 'seen', disagrees: true },
        ],
        position: [],
      },
    }, [103.66, 36.5]),
    testZone('yi-etdz', { name_zh: '乙经开区', type: 'etdz', area_km2: null }),
  ];
  const records = parseCsv(zonesCsv(zones));

  it('gives one line a zone, with its position and its facts as the data hold them', () => {
    expect(records.map((r) => r.id)).toEqual(['jia-new-area', 'yi-etdz']);
    expect(records[0]).toMatchObject({ name_zh: '甲新区', aliases: '甲区; 甲地新区', area_km2: '806', longitude: '103.66', latitude: '36.5', industries_en: 'cars; chemicals', uncertain: 'position; approved' });
  });

  it('leaves a missing area empty, never 0', () => {
    expect(records[1]?.area_km2).toBe('');
  });

  it('cites each fact: the document number, and an address that could not be confirmed or a source that gives a different value says so', () => {
    expect(records[0]?.sources_approved).toBe('国务院 · 国务院关于同意设立甲新区的批复 · 国函〔2012〕104号 · 2012-08-20');
    expect(records[0]?.sources_area_km2).toBe(
      '维基百科 · 甲新区 · https://zh.wikipedia.org/wiki/甲新区 (address not confirmed) | 国家发展改革委 · 开发区目录 · https://example.org/catalogue (gives a different value)',
    );
    expect(records[0]?.sources_position).toBe('');
  });
});
