import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../lib/i18n';
import { chartInk, chartInkMuted, zoneTypeColor } from '../../lib/palette';
import { zoneTypes } from '../../schemas/zone';
import type { YearRow } from './region-aggregates';

type Props = { rows: YearRow[]; title: string; zoneName: (id: string) => string };

function YearTooltip({ active, payload, zoneName }: { active?: boolean; payload?: ReadonlyArray<{ payload?: YearRow }>; zoneName: (id: string) => string }) {
  const t = useT();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="max-w-64 rounded bg-white p-2 text-xs text-slate-800 shadow-lg ring-1 ring-slate-200">
      <div className="font-semibold">{row.year}</div>
      {zoneTypes.filter((type) => row.counts[type] > 0).map((type) => (
        <div key={type}>
          {t(`type.${type}`)}: {row.counts[type]}
        </div>
      ))}
      {row.zoneIds.length > 0 && <div className="mt-1 text-slate-600">{row.zoneIds.map(zoneName).join('、')}</div>}
    </div>
  );
}

/** Approvals per year since 1984, stacked by type, every year on the axis so gaps are real gaps. */
export function ApprovalsChart({ rows, title, zoneName }: Props) {
  const t = useT();
  const data = rows.map((r) => ({ ...r, ...r.counts }));
  const ticks = rows.map((r) => r.year).filter((y, i, all) => y % 10 === 0 || i === 0 || i === all.length - 1);
  return (
    <div style={{ height: 200 }} className="w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 440, height: 200 }}>
        <BarChart title={title} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} barCategoryGap={1}>
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="year" ticks={ticks} interval={0} tick={{ fontSize: 12, ...chartInk }} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, ...chartInkMuted }} axisLine={false} tickLine={false} />
          <Tooltip content={<YearTooltip zoneName={zoneName} />} cursor={{ fill: 'rgba(15,23,42,0.06)' }} />
          {zoneTypes.map((type) => (
            <Bar key={type} dataKey={type} name={t(`type.${type}`)} stackId="types" fill={zoneTypeColor[type]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
