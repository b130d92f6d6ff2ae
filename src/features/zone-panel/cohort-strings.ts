import type { Lang } from '../../lib/i18n';
import { rankLabel } from '../../lib/rank';
import type { ZoneType } from '../../schemas/zone';

/** Cohort wording in both languages: plural type names and ordinals need more than a message table. */
const typePlural: Record<Lang, Record<ZoneType, string>> = {
  zh: { 'new-area': '国家级新区', 'high-tech-zone': '国家级高新区', etdz: '国家级经开区', 'bonded-zone': '综合保税区' },
  en: { 'new-area': 'national new areas', 'high-tech-zone': 'high-tech zones', etdz: 'economic & technological development zones', 'bonded-zone': 'comprehensive bonded zones' },
};

const ordinal = (n: number) => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

/**
 * "2nd of 5 national new areas" / "5个国家级新区中第2"; where a bound leaves the place open,
 * "2nd to 3rd of 5 …" / "…中第 2–3".
 */
export function rankText(lang: Lang, rank: number, rankTo: number, of: number, type: ZoneType): string {
  if (lang === 'en') return `${rank === rankTo ? ordinal(rank) : `${ordinal(rank)} to ${ordinal(rankTo)}`} of ${of} ${typePlural.en[type]} in this atlas, largest first`;
  return `本图 ${of} 个${typePlural.zh[type]}中第 ${rankLabel({ best: rank, worst: rankTo })}（由大到小）`;
}

export const cohortHeading = (lang: Lang) => (lang === 'en' ? 'Among zones of the same type' : '同类区域中的位置');
export const cohortSource = (lang: Lang) => (lang === 'en' ? 'Source' : '来源');

/** "3rd largest planned area of 17 national new areas with a known area" / "first approved …" */
export function factRankText(lang: Lang, fact: 'area' | 'approved', rank: number, of: number, type: ZoneType): string {
  if (fact === 'area')
    return lang === 'en'
      ? `${ordinal(rank)} largest planned area of ${of} ${typePlural.en[type]} with a known area`
      : `规划面积在本图 ${of} 个有面积数据的${typePlural.zh[type]}中居第 ${rank}`;
  return lang === 'en'
    ? `${ordinal(rank)} approved of ${of} ${typePlural.en[type]} in this atlas (by year)`
    : `按批复年份，在本图 ${of} 个${typePlural.zh[type]}中第 ${rank} 个获批`;
}
