import { FilterPanel } from '../features/filters/filter-panel';
import { ZoneList } from '../features/zone-list/zone-list';
import type { Filters, SortKey } from '../lib/filters';
import type { ZoneFeature } from '../schemas/zone';

type Props = {
  allZones: readonly ZoneFeature[];
  shownZones: readonly ZoneFeature[];
  filters: Filters;
  onFilters: (f: Filters) => void;
  sort: SortKey;
  onSort: (s: SortKey) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  compareIds: readonly string[];
  onToggleCompare: (id: string) => void;
};

export function Sidebar(p: Props) {
  return (
    <nav id="sidebar" aria-label="zones" className="flex w-72 shrink-0 flex-col border-r border-slate-200 bg-white max-md:absolute max-md:inset-y-0 max-md:left-0 max-md:z-30 max-md:w-[min(20rem,100%)] max-md:shadow-lg xl:w-80" data-chrome="edit" data-print="hide">
      <div className="shrink-0 border-b border-slate-200">
        <FilterPanel zones={p.allZones} filters={p.filters} onChange={p.onFilters} shown={p.shownZones.length} />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">
        <ZoneList
          zones={p.shownZones}
          selectedId={p.selectedId}
          onSelect={p.onSelect}
          sort={p.sort}
          onSort={p.onSort}
          highlightedId={p.highlightedId}
          onHighlight={p.onHighlight}
          compareIds={p.compareIds}
          onToggleCompare={p.onToggleCompare}
        />
      </div>
    </nav>
  );
}
