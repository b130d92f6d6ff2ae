import { formatNumber, formatPeriod, formatValueWithUnit } from '../../lib/format';
import { useLang, type Lang } from '../../lib/i18n';
import { qualified } from '../../lib/qualifier';
import { boundOf } from '../../lib/rank';
import { zoneTypeColor } from '../../lib/palette';
import type { IndicatorRow, IndicatorsFile } from '../../schemas/indicator';
import type { ZoneFeature } from '../../schemas/zone';
import { cohortPositions, factPositions, type CohortPositionItem, type FactPosition } from './cohort-ranks';
import { cohortHeading, cohortSource, factRankText, rankText } from './cohort-strings';

const sourceOf = (row: IndicatorRow) => (row.source.kind === 'article' ? row.source.sentence : `${row.source.publisher}: ${row.source.title}`);

/**
 * Every value of the cohort as a dot on one line; this zone's dot is larger and in its type colour.
 * A chevron beside a dot printed only as a bound points the way its true value lies.
 */
function DotStrip({ item, name, lang }: { item: CohortPositionItem; name: (id: string) => string; lang: Lang }) {
  const values = item.peers.map((p) => p.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const x = (v: number) => (max === min ? 100 : 8 + ((v - min) / (max - min)) * 184);
  return (
    <svg viewBox="0 0 200 24" className="h-6 w-full max-w-72" role="img" aria-label={rankText(lang, item.rank, item.rankTo, item.of, item.type)}>
      <line x1={8} x2={192} y1={12} y2={12} stroke="#cbd5e1" strokeWidth={1.5} />
      {item.peers.map((p) => {
        // a figure printed as a floor or a ceiling points the way the true value lies
        const bound = boundOf(p.row.qualifier);
        const way = bound === 'floor' ? 1 : bound === 'ceiling' ? -1 : 0;
        const r = p.isThis ? 6 : 4;
        const cx = x(p.value);
        return (
          <g key={p.zoneId}>
            {bound && <path data-bound={bound} d={`M${cx + way * (r + 1)},8 l${way * 5},4 l${-way * 5},4`} fill="none" stroke="#64748b" strokeWidth={1.5} />}
            <circle cx={cx} cy={12} r={r} fill={p.isThis ? zoneTypeColor[item.type] : '#94a3b8'} stroke={p.isThis ? 'currentColor' : '#fff'} strokeWidth={1.5}>
              <title>{`${name(p.zoneId)}: ${qualified(p.row.qualifier, formatValueWithUnit(p.value, item.unit, lang), lang)} — ${sourceOf(p.row)}`}</title>
            </circle>
          </g>
        );
      })}
    </svg>
  );
}

/** The type's zones by area or approval year as dots; this zone's dot is larger, with its value. */
function FactStrip({ item, name, lang }: { item: FactPosition; name: (id: string) => string; lang: Lang }) {
  const values = item.peers.map((p) => p.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const x = (v: number) => (max === min ? 100 : 8 + ((v - min) / (max - min)) * 184);
  const label = (v: number) => (item.fact === 'area' ? `${formatNumber(v, lang)} km²` : String(v));
  return (
    <svg viewBox="0 0 200 24" className="h-6 w-full max-w-72" role="img" aria-label={factRankText(lang, item.fact, item.rank, item.of, item.type)}>
      <line x1={8} x2={192} y1={12} y2={12} stroke="#cbd5e1" strokeWidth={1.5} />
      {[...item.peers].sort((a, b) => Number(a.isThis) - Number(b.isThis)).map((p) => (
        <circle key={p.zoneId} cx={x(p.value)} cy={12} r={p.isThis ? 6 : 4} fill={p.isThis ? zoneTypeColor[item.type] : '#94a3b8'} stroke={p.isThis ? 'currentColor' : '#fff'} strokeWidth={1.5}>
          <title>{`${name(p.zoneId)}: ${label(p.value)}`}</title>
        </circle>
      ))}
    </svg>
  );
}

type Props = { zoneId: string; zones: ZoneFeature[]; indicators: IndicatorsFile };

/** The zone's rank among zones of its own type, where at least three share a figure; nothing otherwise. */
export function CohortPosition({ zoneId, zones, indicators }: Props) {
  const lang = useLang();
  const items = cohortPositions(zoneId, zones, indicators);
  const facts = factPositions(zoneId, zones);
  if (items.length === 0 && facts.length === 0) return null;
  const name = (id: string) => {
    const p = zones.find((z) => z.id === id)?.properties;
    return p ? (lang === 'en' ? p.name_en : p.name_zh) : id;
  };
  return (
    <section aria-label={cohortHeading(lang)} className="space-y-3">
      <h4 className="text-sm font-semibold text-slate-800">{cohortHeading(lang)}</h4>
      <ul className="space-y-3">
        {facts.map((f) => (
          <li key={f.fact} data-cohort={`fact-${f.fact}`} className="text-sm">
            <div className="text-slate-800">{factRankText(lang, f.fact, f.rank, f.of, f.type)}</div>
            <FactStrip item={f} name={name} lang={lang} />
          </li>
        ))}
        {items.map((item) => (
          <li key={`${item.indicator.id}|${item.unit}|${item.period}`} data-cohort={item.indicator.id} className="text-sm">
            <div className="flex flex-wrap gap-x-2">
              <span className="text-slate-700">{lang === 'en' ? item.indicator.label_en : item.indicator.label_zh}</span>
              <span className="font-semibold tabular-nums">{qualified(item.row.qualifier, formatValueWithUnit(item.row.value, item.unit, lang), lang)}</span>
              <span className="text-slate-500">{formatPeriod(item.period, lang)}</span>
            </div>
            <div className="text-slate-800">{rankText(lang, item.rank, item.rankTo, item.of, item.type)}</div>
            <DotStrip item={item} name={name} lang={lang} />
            <div className="text-xs text-slate-500">
              {cohortSource(lang)}: {sourceOf(item.row)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
