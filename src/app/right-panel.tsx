import { PrintButton } from '../components/ui/print-button';
import { Button } from '../components/ui/button';
import { CompareView } from '../features/compare/compare-view';
import { IndicatorRanking } from '../features/compare/indicator-ranking';
import { RegionsView } from '../features/regions/regions-view';
import { CohortPosition } from '../features/zone-panel/cohort-position';
import { ZonePanel } from '../features/zone-panel/zone-panel';
import { ZonePanelSkeleton } from '../features/zone-panel/zone-panel-skeleton';
import { useT } from '../lib/i18n';
import type { ZoneFeature } from '../schemas/zone';
import type { useAtlasData } from './use-atlas-data';
import type { usePresentation } from './use-presentation';
import { TourPicker } from '../features/present/tour-picker';
import type { Navigate } from './use-url-state';
import type { UrlState } from './url-state';

type Props = {
  url: UrlState;
  navigate: Navigate;
  data: ReturnType<typeof useAtlasData>;
  selected: ZoneFeature | undefined;
  onClose: () => void;
  onSelect: (id: string) => void;
  onToggleCompare: (id: string) => void;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  presentation: ReturnType<typeof usePresentation>;
};

/**
 * Beside the map; on a screen narrower than 768 px (a phone) below it, full width, as a sheet that
 * leaves the upper part of the screen to the map, so neither is squeezed to a sliver and the zone or
 * the shaded provinces stay in sight.
 */
const asideClass = 'relative w-[clamp(340px,36vw,520px)] max-md:h-[58%] max-md:w-full shrink-0 overflow-hidden border-l border-slate-200 max-md:border-l-0 max-md:border-t bg-white shadow-[-4px_0_12px_rgba(15,23,42,0.04)] max-md:shadow-[0_-4px_12px_rgba(15,23,42,0.08)]';

/** The panel beside the map: one zone, else the regions view, else the compare set. */
export function RightPanel({ url, navigate, data, selected, onClose, onSelect, onToggleCompare, highlightedId, onHighlight, presentation }: Props) {
  const t = useT();
  if (url.zone && (selected || data.zonesQ.isPending)) {
    const inCompare = selected ? url.compare.includes(selected.id) : false;
    return (
      <aside aria-label={selected ? data.zoneName(selected.id) : t('loading')} className={asideClass} data-testid="zone-panel" data-print="sheet">
        {selected ? (
          <ZonePanel
            zone={selected}
            indicators={data.indicatorsQ.data}
            articles={data.articlesQ.data}
            zoneName={data.zoneName}
            onClose={onClose}
            onHighlight={onHighlight}
            actions={
              <>
                <Button onClick={() => onToggleCompare(selected.id)} aria-pressed={inCompare} data-chrome="edit">
                  {inCompare ? `✓ ${t('inCompare')}` : `+ ${t('addToCompare')}`}
                </Button>
                <PrintButton />
              </>
            }
            extra={data.indicatorsQ.data && <CohortPosition zoneId={selected.id} zones={data.zones} indicators={data.indicatorsQ.data} />}
          />
        ) : (
          <ZonePanelSkeleton withHeader />
        )}
      </aside>
    );
  }
  if (url.view === 'regions' && data.zones.length > 0) {
    return (
      <aside aria-label={t('regionsView')} className={`${asideClass} overflow-y-auto`} data-testid="regions-panel" data-print="sheet">
        <RegionsView
          zones={data.shown}
          metric={url.metric}
          onMetric={(metric) => navigate({ metric })}
          highlightedId={highlightedId}
          onHighlight={onHighlight}
          onOpenZone={onSelect}
          indicators={data.indicatorsQ.data}
          ranking={
            data.indicatorsQ.data &&
            data.articlesQ.data && (
              <IndicatorRanking
                zones={data.shown}
                indicators={data.indicatorsQ.data}
                articles={data.articlesQ.data}
                highlightedId={highlightedId}
                onHighlight={onHighlight}
                onOpenZone={onSelect}
                picked={url.rank}
                onPick={(rank) => navigate({ rank })}
                normalisation={url.norm}
                onNormalisation={(norm) => navigate({ norm })}
              />
            )
          }
        />
      </aside>
    );
  }
  if (url.compare.length > 0 && data.zones.length > 0) {
    return (
      <aside aria-label={t('compare')} className={`${asideClass} overflow-y-auto`} data-testid="compare-panel" data-print="sheet">
        {data.indicatorsQ.data && data.articlesQ.data ? (
          <CompareView
            zones={data.zones}
            ids={url.compare}
            indicators={data.indicatorsQ.data}
            articles={data.articlesQ.data}
            normalisation={url.norm}
            onNormalisation={(norm) => navigate({ norm })}
            display={url.display}
            onDisplay={(display) => navigate({ display })}
            onRemove={(id) => navigate({ compare: url.compare.filter((c) => c !== id) })}
            onClear={() => navigate({ compare: [] })}
            onOpenZone={onSelect}
            highlightedId={highlightedId}
            onHighlight={onHighlight}
          />
        ) : (
          <ZonePanelSkeleton withHeader />
        )}
      </aside>
    );
  }
  if (presentation.present && !presentation.position && presentation.tours.length > 0) {
    return (
      <aside aria-label={t('tours')} className={`${asideClass} overflow-y-auto`} data-testid="tour-panel">
        <TourPicker tours={presentation.tours} onStart={presentation.startTour} />
      </aside>
    );
  }
  return null;
}
