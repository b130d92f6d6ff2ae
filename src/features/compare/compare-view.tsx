import { useMemo } from 'react';
import { Button } from '../../components/ui/button';
import { useLang } from '../../lib/i18n';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import type { ZoneFeature } from '../../schemas/zone';
import { CompareChips } from './compare-chips';
import { CompareFacts } from './compare-facts';
import { CompareGroupCard } from './compare-group';
import { CompareOptions } from './compare-options';
import { PrintButton } from '../../components/ui/print-button';
import { DownloadCsvButton } from '../../components/ui/download-csv-button';
import { compareCsv } from './compare-csv';
import { compareRows } from './compare-rows';
import { compareFacts, compareSeries, resolveCompareZones, type Normalisation } from './compare-series';
import { useCompareText } from './strings';

export type CompareViewProps = {
  /** all zones; the set is picked by `ids` */
  zones: ZoneFeature[];
  ids: string[];
  indicators: IndicatorsFile;
  articles: Article[];
  normalisation: Normalisation;
  onNormalisation: (n: Normalisation) => void;
  display: 'chart' | 'table';
  onDisplay: (d: 'chart' | 'table') => void;
  onRemove: (id: string) => void;
  onClear: () => void;
  onOpenZone: (id: string) => void;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
};

export function CompareView(props: CompareViewProps) {
  const { zones, ids, indicators, articles, normalisation, display, highlightedId, onHighlight, onOpenZone } = props;
  const lang = useLang();
  const text = useCompareText();
  const set = useMemo(() => resolveCompareZones(ids, zones), [ids, zones]);
  const byId = useMemo(() => new Map(zones.map((z) => [z.id, z])), [zones]);
  const articleMap = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const groups = useMemo(() => compareSeries(ids, zones, indicators, normalisation), [ids, zones, indicators, normalisation]);
  const shared = { highlightedId, onHighlight, onOpenZone };
  return (
    <section className="space-y-4 px-4 py-4" aria-labelledby="compare-title" data-compare={set.map((z) => z.id).join(',')}>
      <header className="space-y-2">
        <div className="flex items-center justify-between gap-2">
          <h2 id="compare-title" className="text-lg font-semibold text-slate-900">
            {text('title')}
          </h2>
          {set.length > 0 && (
            <div className="flex gap-2">
              {set.length > 1 && <PrintButton />}
              <Button onClick={props.onClear} data-print="hide">
                {text('clear')}
              </Button>
            </div>
          )}
        </div>
        <CompareChips zones={set} onRemove={props.onRemove} {...shared} />
      </header>
      {set.length < 2 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600" role="status">
          <p className="font-medium text-slate-800">{text('empty')}</p>
          <p className="mt-1">{text('emptyHint')}</p>
        </div>
      ) : (
        <>
          <section aria-label={text('facts')}>
            <h3 className="mb-1 text-xs font-semibold tracking-wider text-slate-500 uppercase">{text('facts')}</h3>
            <CompareFacts facts={compareFacts(ids, zones)} {...shared} />
          </section>
          <section aria-label={text('indicators')} className="space-y-3">
            <h3 className="text-xs font-semibold tracking-wider text-slate-500 uppercase">{text('indicators')}</h3>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <CompareOptions normalisation={normalisation} onNormalisation={props.onNormalisation} display={display} onDisplay={props.onDisplay} />
              {groups.length > 0 && (
                <DownloadCsvButton hint={text('downloadHint')} filename={`zone-atlas-compare-${normalisation}.csv`} csv={() => compareCsv(groups, byId, articleMap)} />
              )}
            </div>
            {groups.length === 0 && <p className="text-sm text-slate-500">{text('noShared')}</p>}
            {groups.map((group) => (
              <CompareGroupCard key={group.key} group={group} rows={compareRows(group, byId, articleMap, lang)} articles={articleMap} display={display} {...shared} />
            ))}
          </section>
        </>
      )}
    </section>
  );
}
