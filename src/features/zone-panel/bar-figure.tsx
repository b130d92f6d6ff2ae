import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/format';
import { chartInk } from '../../lib/palette';
import type { Lang } from '../../lib/i18n';
import { qualified } from '../../lib/qualifier';
import type { IndicatorRow } from '../../schemas/indicator';

/** `valueText` is the value as labelled: formatted, with the qualifier its source printed (约, 超过 …). */
export type BarDatum = { key: string; label: string; value: number; valueText: string; source: string; highlight: boolean };

/** `value` is the figure in the chart's unit: the printed one, or moved there by a decimal shift (亿元 ↔ billion yuan). */
export const valueText = (row: IndicatorRow, lang: Lang, value = row.value) => qualified(row.qualifier, formatNumber(value, lang), lang);

export const sourceText = (row: IndicatorRow) =>
  row.source.kind === 'article' ? row.source.sentence : `${row.source.publisher}: ${row.source.title}`;

function ChartTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: BarDatum }> }) {
  const d = payload?.[0]?.payload;
  if (!active || !d) return null;
  return (
    <div className="max-w-64 rounded bg-white p-2 text-xs text-slate-800 shadow-lg ring-1 ring-slate-200">
      <div className="font-semibold">{d.label}</div>
      <div className="mt-1 text-slate-600">{d.source}</div>
    </div>
  );
}

type Props = {
  label: string;
  caption: string;
  data: BarDatum[];
  horizontal: boolean;
  color: string;
  /** a bar under the pointer, by its key (a zone id in a chart across zones), or null */
  onHover?: (key: string | null) => void;
};

/** Ready series in, bars out: horizontal bars for named items, vertical bars over periods. */
export function BarFigure({ label, caption, data, horizontal, color, onHover }: Props) {
  // Labels wrap onto a second line past ~18 Latin characters; give them the room.
  const longest = Math.max(...data.map((d) => d.label.length));
  const latin = data.every((d) => !/\p{Script=Han}/u.test(d.label));
  const labelWidth = Math.min(latin ? 170 : 180, 16 + longest * (latin ? 7 : 13));
  const rowHeight = latin && longest > 22 ? 44 : 30;
  const height = horizontal ? rowHeight * data.length + 16 : 150;
  // Room right of the longest bar for its value label: about 7.5 px a character at 12 px, and
  // 11.5 px in presentation mode, whose style sets chart text to 18 px.
  const charWidth = document.documentElement.dataset.mode === 'present' ? 11.5 : 7.5;
  const longestValue = Math.max(...data.map((d) => d.valueText.length));
  const right = horizontal ? Math.max(40, 12 + Math.ceil(longestValue * charWidth)) : 8;
  return (
    <figure className="mt-2" aria-label={label}>
      <figcaption className="mb-1 text-xs text-slate-500">{caption}</figcaption>
      <div style={{ height }} className="w-full">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 400, height }}>
          <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 14, right, bottom: 0, left: 0 }}>
            {horizontal ? (
              <>
                <XAxis type="number" hide />
                <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fontSize: 12, ...chartInk }} axisLine={false} tickLine={false} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={{ fontSize: 12, ...chartInk }} axisLine={false} tickLine={false} />
                <YAxis hide />
              </>
            )}
            <Tooltip content={<ChartTooltip />} cursor={{ fill: 'rgba(15,23,42,0.05)' }} />
            <Bar
              dataKey="value"
              isAnimationActive={false}
              radius={3}
              onMouseEnter={(_, index) => onHover?.(data[index]?.key ?? null)}
              onMouseLeave={() => onHover?.(null)}
            >
              {data.map((d) => (
                <Cell key={d.key} fill={d.highlight ? color : '#cbd5e1'} />
              ))}
              <LabelList
                dataKey="valueText"
                position={horizontal ? 'right' : 'top'}
                style={{ fontSize: 12, ...chartInk }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
