import { useEffect, useRef } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Text, Tooltip, XAxis, YAxis, useActiveTooltipDataPoints, type YAxisTickContentProps } from 'recharts';
import { useLang } from '../../lib/i18n';
import { chartInk, chartInkMuted } from '../../lib/palette';
import type { CompareRow } from './compare-rows';
import { useCompareText } from './strings';

const ROW = 40;
const LABEL_WIDTH = 150;

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

/** Ranked horizontal bars; a zone without a value keeps its row, labelled "no data", with no bar. */
export function CompareChart({ label, rows, highlightedId, onHighlight }: Props) {
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
        <Text x={-8} width={LABEL_WIDTH - 28} maxLines={2} breakAll={lang === 'zh'} textAnchor="end" verticalAnchor="middle" fontSize={13} fontWeight={strong ? 700 : 400} {...chartInk}>
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
