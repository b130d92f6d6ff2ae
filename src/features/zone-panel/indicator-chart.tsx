import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatPeriod, formatUnit } from '../../lib/format';
import { useLang, useT } from '../../lib/i18n';
import { zoneTypeColor } from '../../lib/palette';
import type { ZoneType } from '../../schemas/zone';
import type { IndicatorCard } from './indicator-cards';

type Datum = { key: string; label: string; value: number; sentence: string; highlight: boolean };

function sourceText(row: IndicatorCard['rows'][number]): string {
  return row.source.kind === 'article' ? row.source.sentence : `${row.source.publisher}: ${row.source.title}`;
}

function ChartTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: Datum }> }) {
  const d = payload?.[0]?.payload;
  if (!active || !d) return null;
  return (
    <div className="max-w-64 rounded bg-white p-2 text-xs text-slate-800 shadow-lg ring-1 ring-slate-200">
      <div className="font-semibold">{d.label}</div>
      <div className="mt-1 text-slate-600">{d.sentence}</div>
    </div>
  );
}

/** Bars over periods (one zone) or across zones (one period): the caller decides which by shaping. */
export function IndicatorChart({ card, zoneType, zoneName }: { card: IndicatorCard; zoneType: ZoneType; zoneName: (id: string) => string }) {
  const lang = useLang();
  const t = useT();
  const color = zoneTypeColor[zoneType];
  const data: Datum[] | null = card.series
    ? card.series.points.map((p) => ({ key: p.period, label: formatPeriod(p.period, lang), value: p.value, sentence: sourceText(p.row), highlight: true }))
    : card.cohort
      ? card.cohort.points.map((p) => ({ key: p.zoneId, label: zoneName(p.zoneId), value: p.value, sentence: sourceText(p.row), highlight: p.isThis }))
      : null;
  if (!data) return null;
  const unit = card.series?.unit ?? card.cohort?.unit ?? '';
  const horizontal = Boolean(card.cohort && !card.series);
  const caption = card.cohort && !card.series ? `${t('rankAmong')} · ${formatPeriod(card.cohort.period, lang)}` : t('period');
  const height = horizontal ? 28 * data.length + 16 : 150;
  return (
    <figure className="mt-2" aria-label={`${lang === 'en' ? card.definition.label_en : card.definition.label_zh} (${formatUnit(unit, lang)})`}>
      <figcaption className="mb-1 text-xs text-slate-500">
        {caption} · {formatUnit(unit, lang) || unit}
      </figcaption>
      <div style={{ height }} className="w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 14, right: 48, bottom: 0, left: 0 }}>
            {horizontal ? (
              <>
                <XAxis type="number" hide />
                <YAxis type="category" dataKey="label" width={112} tick={{ fontSize: 12, fill: '#334155' }} axisLine={false} tickLine={false} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#334155' }} axisLine={false} tickLine={false} />
                <YAxis hide />
              </>
            )}
            <Tooltip content={<ChartTooltip />} cursor={{ fill: 'rgba(15,23,42,0.05)' }} />
            <Bar dataKey="value" isAnimationActive={false} radius={3}>
              {data.map((d) => (
                <Cell key={d.key} fill={d.highlight ? color : '#cbd5e1'} />
              ))}
              <LabelList dataKey="value" position={horizontal ? 'right' : 'top'} formatter={(v: unknown) => (typeof v === 'number' ? formatNumber(v, lang) : '')} style={{ fontSize: 12, fill: '#1e293b' }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
