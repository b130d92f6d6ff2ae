import type { ZoneFeature, ZoneType } from '../../schemas/zone';
import { testZone as baseZone } from '../../test/zone';

/** A valid zone feature for tests: only what a test cares about is given. */
export function testZone(id: string, type: ZoneType, province: string, approved: string, area_km2: number | null, extra: Record<string, unknown> = {}): ZoneFeature {
  return baseZone(id, { name_zh: `${id}区`, name_en: `${id} zone`, type, province, approved, area_km2, ...extra });
}

export const zones: ZoneFeature[] = [
  testZone('dalian', 'etdz', '辽宁省', '1984-09-25', 422, { region: 'northeast' }),
  testZone('jinpu', 'new-area', '辽宁省', '2014-06', 2299, { region: 'northeast' }),
  testZone('shenyang', 'high-tech-zone', '辽宁省', '1991', null, { region: 'northeast' }),
  testZone('lanzhou', 'new-area', '甘肃省', '2012-08-20', 806, { region: 'west' }),
  testZone('zhangye', 'etdz', '甘肃省', '2013-03-03', 73.27),
  testZone('pudong', 'new-area', '上海市', '1992-10-11', 1210.41, { region: 'east' }),
  testZone('huangpu', 'bonded-zone', '广东省', '2020', 0.507, { region: 'east' }),
  testZone('wuhan', 'etdz', '湖北省', '1993-04', null, { region: 'central' }),
];
