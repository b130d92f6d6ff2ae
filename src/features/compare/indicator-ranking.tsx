import { useMemo } from 'react';
import { formatPeriod } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import type { ZoneFeature } from '../../schemas/zone';
import { DownloadCsvButton } from '../../components/ui/download-csv-button';
import { compareCsv } from './compare-csv';
import { groupUnit } from './compare-format';
import { CompareGroupCard } from './compare-group';
import { NormalisationSwitch } from './compare-options';
import { compareRows } from './compare-rows';
import { compareSeries, type CompareGroup, type Normalisation } from './compare-series';
import { useCompareText } from './strings';

/** Fewer zones than this make a comparison, not a ranking: the compare view is there for that. */
export const MIN_RANKED = 3;

type Props = {
  /** the zones to rank: those the filters show */
  zones: ZoneFeature[];
  indicators: IndicatorsFile;
  articles: Article[];
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  onOpenZone: (id: string) => void;
  /** the indicator picked, as the link writes it ("gdp,2023"); null for the one most zones have */
  picked: string | null;
  onPick: (rank: string | null) => void;
  /** as published, per km² or as a share of the province: the compare view's choice, shared */
  normalisation: Normalisation;
  onNormalisation: (n: Normalisation) => void;
};

/** How a link names a group: indicator and period, and the unit when that period comes in two units. */
export function rankToken(group: CompareGroup, groups: readonly CompareGroup[]): string {
  const base = `${group.indicator.id},${group.period}`;
  const twins = groups.filter((g) => g.indicator.id === group.indicator.id && g.period === group.period);
  return twins.length > 1 ? `${base},${group.unit}` : base;
}

/**
 * All the zones shown, ranked on one indicator, unit and period picked from those three or more of
 * them have, as published, per km² or as a share of the province. Bars and sources as in the
 * compare view; the zones without the figure (or without the area or province figure it is divided
 * by) are listed by name below, as missing, not as zero and not as a row of empty bars.
 */
export function IndicatorRanking({ zones, indicators, articles, highlightedId, onHighlight, onOpenZone, picked, onPick, normalisation, onNormalisation }: Props) {
  const lang = useLang();
  const text = useCompareText();
  const byId = useMemo(() => new Map(zones.map((z) => [z.id, z])), [zones]);
  const articleMap = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const groups = useMemo(
    () =>
      compareSeries(
        zones.map((z) => z.id),
        zones,
        indicators,
      )
        .filter((g) => g.withValue >= MIN_RANKED)
        .sort((a, b) => b.withValue - a.withValue || b.period.localeCompare(a.period)),
    [zones, indicators],
  );
  // A link naming an indicator the zones shown do not share falls back to the first.
  const published = groups.find((g) => rankToken(g, groups) === picked) ?? groups[0];
  // The choice of indicator is made on the figures as published, so it stays put when the values are divided.
  const normalised = useMemo(
    () => (normalisation === 'absolute' ? null : compareSeries(zones.map((z) => z.id), zones, indicators, normalisation)),
    [zones, indicators, normalisation],
  );
  if (!published) return <p className="text-sm text-slate-500">{text('rankingNone')}</p>;
  const group = normalised?.find((g) => g.key === published.key) ?? published;
  const label = (g: (typeof groups)[number]) => (lang === 'en' ? g.indicator.label_en : g.indicator.label_zh);
  const rows = compareRows(group, byId, articleMap, lang);
  const missing = rows.filter((r) => r.value === null);
  return (
    <div className="space-y-2" data-testid="indicator-ranking">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        {text('rankingPick')}
        <select value={group.key} onChange={(e) => onPick(pickFrom(groups, e.target.value))} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900">
          {groups.map((g) => (
            <option key={g.key} value={g.key}>
              {text('rankingOption', { label: label(g), period: formatPeriod(g.period, lang), unit: groupUnit(g, lang), n: g.withValue })}
            </option>
          ))}
        </select>
      </label>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div data-print="hide">
          <NormalisationSwitch normalisation={normalisation} onNormalisation={onNormalisation} />
        </div>
        <DownloadCsvButton
          label={text('rankingCsv')}
          hint={text('rankingCsvHint')}
          filename={`zone-atlas-ranking-${rankToken(published, groups).replace(/[^0-9a-z_-]+/gi, '-')}${group.applied === 'absolute' ? '' : `-${group.applied}`}.csv`}
          csv={() => compareCsv([group], byId, articleMap)}
          className="px-2 py-1 text-xs"
        />
      </div>
      <CompareGroupCard group={group} rows={rows.filter((r) => r.value !== null)} articles={articleMap} display="chart" highlightedId={highlightedId} onHighlight={onHighlight} onOpenZone={onOpenZone} />
      {missing.length > 0 && (
        <details className="text-sm" data-testid="ranking-missing">
          <summary className="cursor-pointer text-slate-600">{text('rankingMissing', { n: missing.length })}</summary>
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
            {missing.map((r) => (
              <li key={r.zoneId}>
                <button type="button" onClick={() => onOpenZone(r.zoneId)} onMouseEnter={() => onHighlight(r.zoneId)} onMouseLeave={() => onHighlight(null)} onFocus={() => onHighlight(r.zoneId)} onBlur={() => onHighlight(null)} className="text-slate-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600">
                  {r.name}
                </button>
                {/* a zone with the figure but nothing to divide it by says so */}
                {r.row && r.missingText && <span className="text-xs text-slate-500">{lang === 'en' ? ` (${r.missingText})` : `（${r.missingText}）`}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The token for the link; the first group, the default, is no token at all. */
function pickFrom(groups: readonly CompareGroup[], key: string): string | null {
  const index = groups.findIndex((g) => g.key === key);
  const group = groups[index];
  return index <= 0 || !group ? null : rankToken(group, groups);
}
