import { PrintButton } from '../components/ui/print-button';
import { Button } from '../components/ui/button';
import { PanelSheet } from './panel-sheet';
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
  /** on a phone, the panel at its full size covers the map, or no longer does */
  onCover: (covered: boolean) => void;
};

/** The panel beside the map (below it on a phone): one zone, else the regions view, else the compare set. */
export function RightPanel({ url, navigate, data, selected, onClose, onSelect, onToggleCompare, highlightedId, onHighlight, presentation, onCover }: Props) {
  const t = useT();
  if (url.zone && (selected || data.zonesQ.isPending)) {
    const inCompare = selected ? url.compare.includes(selected.id) : false;
    return (
      <PanelSheet label={selected ? data.zoneName(selected.id) : t('loading')} testId="zone-panel" scroll={false} onCover={onCover}>
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
      </PanelSheet>
    );
  }
  if (url.view === 'regions' && data.zones.length > 0) {
    return (
      <PanelSheet label={t('regionsView')} testId="regions-panel" scroll onCover={onCover}>
        <RegionsView
          zones={data.shown}
          metric={url.metric}
          onMetric={(metric) => navigate({ metric })}
          highlightedId={highlightedId}
          onHighlight={onHighlight}
          onOpenZone={onSelect}
          indicators={data.indicatorsQ.data}
          articles={data.articlesQ.data}
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
      </PanelSheet>
    );
  }
  if (url.compare.length > 0 && data.zones.length > 0) {
    return (
      <PanelSheet label={t('compare')} testId="compare-panel" scroll onCover={onCover}>
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
      </PanelSheet>
    );
  }
  if (presentation.present && !presentation.position && presentation.tours.length > 0) {
    return (
      <PanelSheet label={t('tours')} testId="tour-panel" scroll print={false} onCover={onCover}>
        <TourPicker tours={presentation.tours} onStart={presentation.startTour} />
      </PanelSheet>
    );
  }
  return null;
}
