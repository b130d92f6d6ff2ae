import { formatPeriod, formatValueWithUnit } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { qualified } from '../../lib/qualifier';
import type { Article } from '../../schemas/article';
import type { IndicatorRow } from '../../schemas/indicator';
import { RowNoteText } from './local-note-text';
import { SourceNote } from './source-note';

/** One figure as a list item: its value as printed (with 约, 超过 …), period, the curators' note and its source. */
export function ValueLine({ row, articles, label }: { row: IndicatorRow; articles: ReadonlyMap<string, Article>; label?: string }) {
  const lang = useLang();
  return (
    <li className="py-1.5 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-2">
        {label && <span className="text-slate-600">{label}</span>}
        <span className="font-semibold tabular-nums text-slate-900">{qualified(row.qualifier, formatValueWithUnit(row.value, row.unit, lang), lang)}</span>
        <span className="text-slate-500">{formatPeriod(row.period, lang)}</span>
      </div>
      <RowNoteText row={row} className="block text-xs wrap-anywhere text-slate-500" />
      <div className="text-xs">
        <SourceNote source={row.source} articles={articles} />
      </div>
    </li>
  );
}
