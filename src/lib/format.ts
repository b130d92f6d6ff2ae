import type { Lang } from './i18n';
import { isChineseUnit, scaledUnits, shiftDecimal } from './units';

export { shiftDecimal };

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

/** A value exactly as published: grouping separators, never rounding away printed decimals. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 20 }).format(value);
}

/** Counts in 万 (10^4) of a counting word, with what English keeps of the unit after the number. */
const countsInWan: Record<string, string> = {
  万家: '',
  万件: '',
  万只: '',
  万台: '',
  万个: '',
  万标准机柜: 'standard racks',
  万人次: 'person-times',
  '万个/月': 'a month',
  '万只/年': 'a year',
  '万吨/年': 't a year',
};

const unitEn: Record<string, string> = {
  亿元: '× 100 million yuan',
  万元: '× 10,000 yuan',
  万亿元: '× 1 trillion yuan',
  亿美元: '× 100 million US$',
  万人: '× 10,000 people',
  '%': '%',
  个百分点: 'percentage points',
  平方公里: 'km²',
  万平方米: '× 10,000 m²',
  万标准箱: '× 10,000 TEU',
  万吨: '× 10,000 t',
  吉瓦: 'GW',
  // Counting words (measure words) say only that things are counted; the indicator's label says
  // what, so in English the number stands alone: 229 家 ETDZs, 9 条 production lines.
  ...Object.fromEntries(['个', '家', '户', '条', '项', '件', '名', '辆', '例', '次', '批次', '班次', '架'].map((w) => [w, ''])),
  ...Object.fromEntries(Object.entries(countsInWan).map(([unit, rest]) => [unit, `× 10,000${rest ? ` ${rest}` : ''}`])),
};

// Units some English-language sources print, glossed for Chinese readers.
const unitZh: Record<string, string> = {
  'million yuan': '百万元',
  'billion yuan': '十亿元',
  'trillion yuan': '万亿元',
  'million US$': '百万美元',
  'billion US$': '十亿美元',
};

/** A unit as printed or glossed for readers of the other language; unknown units stay as printed. */
export function formatUnit(unit: string, lang: Lang): string {
  if (lang === 'zh') return unitZh[unit] ?? unit;
  return unitEn[unit] ?? unit;
}

/** Powers of ten hidden in Chinese units, so English readers get thousands, millions and billions. */
type Scale = { exp: number; word: string };
const englishScales: readonly Scale[] = [
  { exp: 12, word: 'trillion' },
  { exp: 9, word: 'billion' },
  { exp: 6, word: 'million' },
  { exp: 3, word: 'thousand' },
];

/** A figure of 10^exp units, in the largest of `scales` it reaches: an exact decimal shift. */
function rescale(value: number, exp: number, scales: readonly Scale[]) {
  const magnitude = Math.floor(Math.log10(Math.abs(value) || 1)) + exp;
  const scale = scales.find((s) => magnitude >= s.exp);
  return { shown: shiftDecimal(value, exp - (scale?.exp ?? 0)), word: scale?.word ?? '' };
}

/** 647.27 亿元 → "64.727 billion yuan", 1.4 万家 → "14 thousand"; exact, never rounded. */
export function englishAmount(value: number, unit: string): string | null {
  const rest = countsInWan[unit];
  if (rest !== undefined) {
    const { shown, word } = rescale(value, 4, englishScales);
    return [formatNumber(shown, 'en'), word, rest].filter(Boolean).join(' ');
  }
  const m = isChineseUnit(unit) ? scaledUnits[unit] : undefined;
  if (!m) return null;
  const { shown, word } = rescale(value, m.exp, englishScales);
  return `${formatNumber(shown, 'en')}${word ? ` ${word}` : ''} ${m.base}`;
}

// Powers of ten Chinese readers count in, largest first.
const chineseScales: readonly Scale[] = [
  { exp: 12, word: '万亿' },
  { exp: 8, word: '亿' },
  { exp: 4, word: '万' },
];
const chineseCurrency: Record<string, string> = { yuan: '元', US$: '美元' };
/** 26.93 billion yuan → "269.3亿元" and 1.91 trillion yuan → "1.91万亿元"; exact, never rounded. */
function chineseAmount(value: number, unit: string): string | null {
  const m = isChineseUnit(unit) ? undefined : scaledUnits[unit];
  const currency = m && chineseCurrency[m.base];
  if (!m || !currency) return null;
  const { shown, word } = rescale(value, m.exp, chineseScales);
  return `${formatNumber(shown, 'zh')}${word}${currency}`;
}

/** A unit as a chart caption: never blank (a bare count is "number" in English). */
export const formatUnitLabel = (unit: string, lang: Lang) => formatUnit(unit, lang) || (lang === 'en' ? 'number' : unit);

export function formatValueWithUnit(value: number, unit: string, lang: Lang): string {
  const amount = lang === 'en' ? englishAmount(value, unit) : chineseAmount(value, unit);
  if (amount) return amount;
  const u = formatUnit(unit, lang);
  if (!u) return formatNumber(value, lang);
  const tight = u === '%' || (lang === 'zh' && !/^[A-Za-z×]/.test(u));
  return tight ? `${formatNumber(value, lang)}${u}` : `${formatNumber(value, lang)} ${u}`;
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** YYYY, YYYY-MM or YYYY-MM-DD, shown with only the precision it has. */
export function formatPartialDate(value: string, lang: Lang): string {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return lang === 'zh' ? `${y}年` : String(y);
  if (lang === 'zh') return d === undefined ? `${y}年${m}月` : `${y}年${m}月${d}日`;
  const month = monthsEn[m - 1] ?? String(m);
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** Periods as written in the data (2023, 2024-H1, 2024-01/2024-08) made readable. */
export function formatPeriod(period: string, lang: Lang): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return lang === 'zh' ? `${quarter[1]}年第${'一二三四'[Number(quarter[2]) - 1]}季度` : `Q${quarter[2]} ${quarter[1]}`;
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return lang === 'zh' ? `${half[1]}年${half[2] === '1' ? '上半年' : '下半年'}` : `H${half[2]} ${half[1]}`;
  const range = /^(\d{4}-\d{2}(?:-\d{2})?)\/(\d{4}-\d{2}(?:-\d{2})?)$/.exec(period);
  if (range?.[1] && range[2]) return `${formatPartialDate(range[1], lang)}–${formatPartialDate(range[2], lang)}`;
  if (/^\d{4}(-\d{2}){0,2}$/.test(period)) return formatPartialDate(period, lang);
  return period;
}
