import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../lib/i18n';
import { chartInk, textOn, zoneTypeColor } from '../../lib/palette';
import { zoneTypes } from '../../schemas/zone';
import type { RegionRow } from './region-aggregates';

/** Zones per NBS region, stacked by type; the total is in the row label, so no bar needs reading off an axis. */
export function RegionTypeChart({ rows, title }: { rows: RegionRow[]; title: string }) {
  const t = useT();
  const data = rows.map((r) => ({ label: `${t(`region.${r.region}`)} · ${r.total}`, ...r.counts }));
  const height = 40 * rows.length + 8;
  return (
    <>
      {/* A table ignores width: 1px, so the visually hidden box wraps it rather than sits on it. */}
      <div className="sr-only">
      <table>
        <caption>{title}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.region} data-region={r.region}>
              <th scope="row">{t(`region.${r.region}`)}</th>
              <td>{r.total}</td>
              {zoneTypes.map((type) => (
                <td key={type}>
                  {t(`type.${type}`)} {r.counts[type]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <div aria-hidden="true" style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 440, height }}>
        <BarChart title={title} data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <XAxis type="number" hide allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={112} interval={0} tick={{ fontSize: 13, ...chartInk }} axisLine={false} tickLine={false} />
          <Tooltip cursor={{ fill: 'rgba(15,23,42,0.06)' }} />
          {zoneTypes.map((type) => (
            <Bar key={type} dataKey={type} name={t(`type.${type}`)} stackId="types" fill={zoneTypeColor[type]} isAnimationActive={false} maxBarSize={24}>
              <LabelList dataKey={type} position="center" style={{ fontSize: 11, fill: textOn(zoneTypeColor[type]) }} formatter={(v: unknown) => (typeof v === 'number' && v > 0 ? v : '')} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      </div>
    </>
  );
}
