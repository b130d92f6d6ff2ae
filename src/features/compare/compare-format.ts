import { englishAmount, formatNumber, formatUnitLabel, formatValueWithUnit } from '../../lib/format';
import { convertUnit, readerUnit } from '../../lib/units';
import type { Lang } from '../../lib/i18n';
import { qualified as qualifiedText } from '../../lib/qualifier';
import type { Article } from '../../schemas/article';
import type { IndicatorRow } from '../../schemas/indicator';
import type { ZoneFeature } from '../../schemas/zone';
import type { CompareGroup, ComparePoint } from './compare-series';
import { compareText } from './strings';

/** A qualifier the source printed (约, 超过 …) stays with the number, also after dividing. */
export const qualified = (row: IndicatorRow, text: string, lang: Lang) => qualifiedText(row.qualifier, text, lang);

// Derived numbers (a ratio) get three significant digits: the printed figures rarely carry more.
const threeDigits = (value: number) => Number(value.toPrecision(3));

/** The unit of the values in a group after normalisation. */
export function groupUnit(group: CompareGroup, lang: Lang): string {
  if (group.applied === 'province-share') return '%';
  // Chinese readers get figures printed in "billion yuan" per km² in 亿元 per km², like the values.
  const unit = formatUnitLabel(readerUnit(group.unit, lang), lang);
  return group.applied === 'per-km2' ? `${unit}/km²` : unit;
}

/** The value as shown: with its unit, and with the qualifier its source gave. */
export function pointValue(point: ComparePoint, group: CompareGroup, lang: Lang): string {
  if (point.value === null || !point.row) return compareText(lang, 'missing');
  if (group.applied === 'absolute') return qualified(point.row, formatValueWithUnit(point.value, group.unit, lang), lang);
  if (group.applied === 'province-share') return qualified(point.row, `${formatNumber(threeDigits(point.value), lang)}%`, lang);
  // English readers get "6.01 million yuan per km²" rather than "0.0601 × 100 million yuan/km²".
  const amount = lang === 'en' ? englishAmount(threeDigits(point.value), group.unit) : null;
  const value = threeDigits(convertUnit(point.value, group.unit, readerUnit(group.unit, lang)) ?? point.value);
  return qualified(point.row, amount ? `${amount} per km²` : `${formatNumber(value, lang)} ${groupUnit(group, lang)}`, lang);
}

/** The figure as its source printed it, when it was moved into the group's unit and reads differently. */
export function printedAs(point: ComparePoint, group: CompareGroup, lang: Lang): string | null {
  if (point.value === null || !point.row || group.applied !== 'absolute') return null;
  // Chinese readers get 26.93 billion yuan as 269.3亿元, so the words the source used are given too.
  const printed =
    readerUnit(point.row.unit, lang) !== point.row.unit
      ? `${formatNumber(point.row.value, lang)} ${point.row.unit}`
      : formatValueWithUnit(point.row.value, point.row.unit, lang);
  if (printed === formatValueWithUnit(point.value, group.unit, lang)) return null;
  return compareText(lang, 'asPrinted', { value: qualified(point.row, printed, lang) });
}

/** How a normalised value was made, e.g. "647.27亿元 ÷ 规划面积 482 km²". */
export function derivation(point: ComparePoint, lang: Lang): string | null {
  const { row, denominator } = point;
  if (!row || !denominator) return null;
  const own = qualified(row, formatValueWithUnit(row.value, row.unit, lang), lang);
  if (denominator.kind === 'area') return `${own} ${compareText(lang, 'denominatorArea', { area: formatNumber(denominator.km2, lang) })}`;
  const total = qualified(denominator.row, formatValueWithUnit(denominator.row.value, denominator.row.unit, lang), lang);
  return `${own} ${compareText(lang, 'denominatorProvince', { province: denominator.row.subject, value: total })}`;
}

/** A source in one line: the article and its sentence, or the publisher and title. */
export function sourceLine(row: IndicatorRow, articles: ReadonlyMap<string, Article>): string {
  if (row.source.kind === 'publisher') return `${row.source.publisher}：${row.source.title}`;
  const article = articles.get(row.source.article_id);
  return `${article ? `《${article.headline}》` : row.source.article_id}：“${row.source.sentence}”`;
}

export const zoneName = (zone: ZoneFeature | undefined, id: string, lang: Lang) =>
  zone ? (lang === 'en' ? zone.properties.name_en : zone.properties.name_zh) : id;
