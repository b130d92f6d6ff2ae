import { useEffect, useRef, useState } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Text, Tooltip, XAxis, YAxis, useActiveTooltipDataPoints, type YAxisTickContentProps } from 'recharts';
import { useLang } from '../../lib/i18n';
import { chartInk, chartInkMuted } from '../../lib/palette';
import type { CompareRow } from './compare-rows';
import { useCompareText } from './strings';

const ROW = 40;
const LABEL_WIDTH = 166;

/** Reports the bar under the pointer or the keyboard cursor; skips the first render so mounting never clears a map hover. */
function ActiveReporter({ onActive }: { onActive: (id: string | null) => void }) {
  const active = useActiveTooltipDataPoints<CompareRow>();
  const id = active?.[0]?.zoneId ?? null;
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (id === last.current) return;
    last.current = id;
    onActive(id);
  }, [id, onActive]);
  return null;
}

function RowTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: CompareRow }> }) {
  const d = payload?.[0]?.payload;
  if (!active || !d) return null;
  return (
    <div className="max-w-72 rounded bg-white p-2 text-xs text-slate-800 shadow-lg ring-1 ring-slate-200">
      <div className="font-semibold">{d.name}</div>
      <div className="mt-0.5 tabular-nums">{d.valueText}</div>
      {d.printedText && <div className="text-slate-600 tabular-nums">{d.printedText}</div>}
      {d.missingText && <div className="text-slate-600">{d.missingText}</div>}
      {d.derivation && <div className="text-slate-600">= {d.derivation}</div>}
      {d.source && <div className="mt-1 text-slate-600">{d.source}</div>}
      {d.denominatorSource && <div className="mt-1 text-slate-600">÷ {d.denominatorSource}</div>}
    </div>
  );
}

type Props = { label: string; rows: CompareRow[]; highlightedId: string | null; onHighlight: (id: string | null) => void };

/** Below this width (a panel on a small projector, at 1.5× type) names go above their bars. */
const NARROW = 420;

/** The element's content width, 0 until measured (and where nothing lays out, as in tests). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * Ranked horizontal bars; a zone without a value keeps its row, labelled "no data", with no bar.
 * In a narrow panel each name and value sit on a line above their bar, so the bars keep the width.
 */
export function CompareChart(props: Props) {
  const [ref, width] = useWidth();
  return (
    <div ref={ref} className="w-full">
      {width > 0 && width < NARROW ? <StackedBars {...props} /> : <BarChartRows {...props} />}
    </div>
  );
}

function StackedBars({ label, rows, highlightedId, onHighlight }: Props) {
  const text = useCompareText();
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  return (
    <ol aria-label={label} className="space-y-2 py-1" data-chart="stacked" onMouseLeave={() => onHighlight(null)}>
      {rows.map((r) => {
        const strong = r.zoneId === highlightedId;
        const share = r.value !== null && max > 0 ? Math.max(0, r.value / max) : 0;
        return (
          <li key={r.zoneId} data-zone={r.zoneId} title={r.source ?? undefined} onMouseEnter={() => onHighlight(r.zoneId)} className={highlightedId && !strong ? 'opacity-50' : ''}>
            <div className="flex items-baseline justify-between gap-2 text-sm leading-snug text-slate-800">
              <span className={`min-w-0 ${strong ? 'font-bold' : ''}`}>{`${r.rankText} ${r.name}`}</span>
              <span className={`shrink-0 tabular-nums ${r.value === null ? 'text-slate-500 italic' : ''}`}>{r.value === null ? text('missing') : r.valueText}</span>
            </div>
            {share > 0 && <div className="mt-0.5 h-3 rounded-sm" data-bar style={{ width: `${share * 100}%`, background: r.colour }} />}
          </li>
        );
      })}
    </ol>
  );
}

function BarChartRows({ label, rows, highlightedId, onHighlight }: Props) {
  const text = useCompareText();
  const lang = useLang();
  const height = ROW * rows.length + 8;
  // A render function, not a component: Recharts calls it once per category.
  const renderTick = ({ x, y, payload }: YAxisTickContentProps) => {
    const row = rows[payload?.index ?? -1];
    if (!row) return <g />;
    const strong = row.zoneId === highlightedId;
    return (
      <g transform={`translate(${x},${y})`} data-zone={row.zoneId}>
        <Text x={-8} width={LABEL_WIDTH - 16} maxLines={2} breakAll={lang === 'zh'} textAnchor="end" verticalAnchor="middle" fontSize={13} fontWeight={strong ? 700 : 400} {...chartInk}>
          {`${row.rankText} ${row.name}`}
        </Text>
        {row.value === null && (
          <text x={8} dy="0.35em" fontSize={13} fontStyle="italic" {...chartInkMuted}>
            {text('missing')}
          </text>
        )}
      </g>
    );
  };
  return (
    <div style={{ height }} className="w-full" onMouseLeave={() => onHighlight(null)}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 440, height }}>
        <BarChart title={label} data={rows} layout="vertical" margin={{ top: 4, right: 124, bottom: 4, left: 0 }}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="zoneId" width={LABEL_WIDTH} interval={0} tick={renderTick} axisLine={false} tickLine={false} />
          <Tooltip content={<RowTooltip />} cursor={{ fill: 'rgba(15,23,42,0.06)' }} />
          <Bar dataKey="value" isAnimationActive={false} radius={3} maxBarSize={22}>
            {rows.map((d) => (
              <Cell
                key={d.zoneId}
                fill={d.colour}
                fillOpacity={highlightedId && highlightedId !== d.zoneId ? 0.35 : 1}
                stroke={d.zoneId === highlightedId ? 'currentColor' : 'none'}
                strokeWidth={2}
              />
            ))}
            <LabelList dataKey="valueText" position="right" style={{ fontSize: 12, ...chartInk }} />
          </Bar>
          <ActiveReporter onActive={onHighlight} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
