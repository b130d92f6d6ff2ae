import type { Article } from '../../schemas/article';
import type { CompareRow } from './compare-rows';
import { SourceNote } from '../../components/ui/source-note';
import { useCompareText } from './strings';

type Props = {
  rows: CompareRow[];
  articles: ReadonlyMap<string, Article>;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  onOpenZone: (id: string) => void;
  /** 'table': the numbers as a table; 'notes': numbered source notes under a chart */
  variant: 'table' | 'notes';
};

/** The same numbers as the chart, each with its source; a missing value says why it is missing. */
export function CompareTable({ rows, articles, highlightedId, onHighlight, onOpenZone, variant }: Props) {
  const text = useCompareText();
  return (
    <table className={`w-full ${variant === 'notes' ? 'text-xs' : 'text-sm'}`}>
      <caption className="sr-only">{text('sources')}</caption>
      <thead className={variant === 'notes' ? 'sr-only' : 'text-left text-xs text-slate-500'}>
        <tr>
          <th className="w-6 py-1 font-medium">{text('rank')}</th>
          <th className="py-1 font-medium">{text('zone')}</th>
          <th className="py-1 font-medium">{text('value')}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr
            key={r.zoneId}
            data-zone={r.zoneId}
            data-highlighted={r.zoneId === highlightedId || undefined}
            onMouseEnter={() => onHighlight(r.zoneId)}
            onMouseLeave={() => onHighlight(null)}
            className={r.zoneId === highlightedId ? 'bg-amber-50 outline-2 outline-slate-900' : ''}
          >
            <td className="py-1 pr-1 align-top whitespace-nowrap text-slate-500 tabular-nums">{r.rankText}</td>
            <td className="min-w-[6.5em] py-1 pr-2 align-top">
              <button type="button" onClick={() => onOpenZone(r.zoneId)} onFocus={() => onHighlight(r.zoneId)} onBlur={() => onHighlight(null)} className="text-left text-slate-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600">
                {r.name}
              </button>
            </td>
            <td className="py-1 align-top [overflow-wrap:anywhere]">
              <span className={r.value === null ? 'text-slate-500 italic' : 'font-semibold text-slate-900 tabular-nums'}>{r.valueText}</span>
              {r.missingText && <span className="text-slate-500"> · {r.missingText}</span>}
              {r.printedText && <div className="text-xs text-slate-500 tabular-nums">{r.printedText}</div>}
              {r.derivation && <div className="text-xs text-slate-500 tabular-nums">= {r.derivation}</div>}
              {r.row && (
                <div className="text-xs">
                  <SourceNote source={r.row.source} articles={articles} />
                </div>
              )}
              {r.denominatorRow && (
                <div className="text-xs">
                  ÷ <SourceNote source={r.denominatorRow.source} articles={articles} />
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
