import { Button } from '../components/ui/button';
import { ZonePanel } from '../features/zone-panel/zone-panel';
import { ZonePanelSkeleton } from '../features/zone-panel/zone-panel-skeleton';
import { useLang, useT } from '../lib/i18n';
import type { ZoneFeature } from '../schemas/zone';
import type { useAtlasData } from './use-atlas-data';
import type { Navigate } from './use-url-state';
import type { UrlState } from './url-state';

type Props = {
  url: UrlState;
  navigate: Navigate;
  data: ReturnType<typeof useAtlasData>;
  selected: ZoneFeature | undefined;
  onClose: () => void;
  onToggleCompare: (id: string) => void;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
};

const asideClass = 'w-[clamp(340px,34vw,500px)] shrink-0 border-l border-slate-200 bg-white shadow-[-4px_0_12px_rgba(15,23,42,0.04)]';

/** The panel beside the map: one zone, else the compare set, else the regions view. */
export function RightPanel({ url, data, selected, onClose, onToggleCompare }: Props) {
  const t = useT();
  const lang = useLang();
  if (url.zone && (selected || data.zonesQ.isPending)) {
    const inCompare = selected ? url.compare.includes(selected.id) : false;
    return (
      <aside aria-label={selected ? data.zoneName(selected.id) : t('loading')} className={asideClass} data-testid="zone-panel">
        {selected ? (
          <ZonePanel
            zone={selected}
            indicators={data.indicatorsQ.data}
            articles={data.articlesQ.data}
            zoneName={data.zoneName}
            onClose={onClose}
            actions={
              <Button onClick={() => onToggleCompare(selected.id)} aria-pressed={inCompare} data-chrome="edit">
                {inCompare ? `✓ ${t('inCompare')}` : `+ ${t('addToCompare')}`}
              </Button>
            }
          />
        ) : (
          <ZonePanelSkeleton withHeader />
        )}
      </aside>
    );
  }
  void lang;
  return null;
}
