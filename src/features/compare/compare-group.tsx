import { formatPeriod } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { Article } from '../../schemas/article';
import { groupUnit } from './compare-format';
import type { CompareRow } from './compare-rows';
import type { CompareGroup } from './compare-series';
import { CompareChart } from './compare-chart';
import { CompareTable } from './compare-table';
import { useCompareText } from './strings';

type Props = {
  group: CompareGroup;
  rows: CompareRow[];
  articles: ReadonlyMap<string, Article>;
  display: 'chart' | 'table';
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  onOpenZone: (id: string) => void;
};

/** One indicator in one unit and period: its normalisation stated, then bars or a table. */
export function CompareGroupCard({ group, rows, articles, display, highlightedId, onHighlight, onOpenZone }: Props) {
  const lang = useLang();
  const text = useCompareText();
  const label = lang === 'en' ? group.indicator.label_en : group.indicator.label_zh;
  const caption = `${formatPeriod(group.period, lang)} · ${groupUnit(group, lang)} · ${text(`applied.${group.applied}`)}`;
  return (
    <article className="rounded-lg border border-slate-200 p-3" data-group={group.key} aria-label={`${label} · ${caption}`}>
      <h4 className="text-sm font-semibold text-slate-800">{label}</h4>
      <p className="text-xs text-slate-600">{caption}</p>
      {group.notApplicable && <p className="text-xs text-amber-800">{text(`na.${group.notApplicable}`)}</p>}
      <p className="text-xs text-slate-500">{text('comparedOf', { n: group.withValue, of: group.points.length })}</p>
      {group.points.some((p) => p.rank !== p.rankTo) && <p className="text-xs text-slate-500">{text('rankSpan')}</p>}
      {/* One bar ranks nothing: a group with a single value is shown by its note alone. */}
      {display === 'chart' && group.withValue >= 2 && <CompareChart label={`${label} · ${caption}`} rows={rows} highlightedId={highlightedId} onHighlight={onHighlight} />}
      <div className="mt-1">
        <CompareTable rows={rows} articles={articles} highlightedId={highlightedId} onHighlight={onHighlight} onOpenZone={onOpenZone} variant={display === 'chart' ? 'notes' : 'table'} />
      </div>
    </article>
  );
}
