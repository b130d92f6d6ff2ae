import { translate, type Lang } from './i18n';
import type { MessageKey } from './messages';
import type { IndicatorRow } from '../schemas/indicator';

const qualifierKey: Partial<Record<IndicatorRow['qualifier'], MessageKey>> = { about: 'approx', over: 'over', under: 'under', nearly: 'nearly', 'at-least': 'atLeast', estimate: 'estimated' };

/** A qualifier the source printed (约, 超过 …) stays with the number wherever it is shown. */
export function qualified(qualifier: IndicatorRow['qualifier'], text: string, lang: Lang): string {
  const key = qualifierKey[qualifier];
  return key ? `${translate(lang, key)} ${text}` : text;
}
