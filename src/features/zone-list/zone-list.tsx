import type { SortKey } from '../../lib/filters';
import { formatNumber, formatPartialDate } from '../../lib/format';
import { useLang, useT } from '../../lib/i18n';
import { provinceName } from '../../lib/provinces';
import type { ZoneFeature } from '../../schemas/zone';
import { sortZones } from './sort-zones';
import { TypeDot } from '../../components/ui/type-dot';

type Props = {
  zones: readonly ZoneFeature[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  sort?: SortKey;
  onSort?: (key: SortKey) => void;
  highlightedId?: string | null;
  onHighlight?: (id: string | null) => void;
  compareIds?: readonly string[];
  onToggleCompare?: (id: string) => void;
};

const sortKeys: { key: SortKey; label: 'sortName' | 'sortApproved' | 'sortArea' }[] = [
  { key: 'name', label: 'sortName' },
  { key: 'approved', label: 'sortApproved' },
  { key: 'area', label: 'sortArea' },
];

/** Every shown zone as a button: the way to reach zones with the keyboard, a screen reader, or no map. */
export function ZoneList({ zones, selectedId, onSelect, sort = 'name', onSort, highlightedId, onHighlight, compareIds = [], onToggleCompare }: Props) {
  const lang = useLang();
  const t = useT();
  const sorted = sortZones(zones, sort, lang);
  const detail = (z: ZoneFeature) =>
    sort === 'approved'
      ? formatPartialDate(z.properties.approved, lang)
      : sort === 'area'
        ? z.properties.area_km2 === null
          ? t('missing')
          : `${formatNumber(z.properties.area_km2, lang)} km²`
        : provinceName(z.properties.province, lang);
  return (
    <div>
      {onSort && (
        <div role="group" aria-label={t('sortBy')} className="flex items-center gap-1 border-b border-slate-200 px-3 py-2 text-xs" data-chrome="edit">
          <span className="mr-1 text-slate-600">{t('sortBy')}</span>
          {sortKeys.map(({ key, label }) => (
            <button key={key} type="button" aria-pressed={sort === key} onClick={() => onSort(key)} className="rounded px-2 py-0.5 font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-200 aria-pressed:text-slate-900">
              {t(label)}
            </button>
          ))}
        </div>
      )}
      {sorted.length === 0 && <p className="p-3 text-sm text-slate-500">{t('noZonesMatch')}</p>}
      <ul className="divide-y divide-slate-100" aria-label={t('zoneList')} data-testid="zone-list">
        {sorted.map((z) => {
          const inCompare = compareIds.includes(z.id);
          const name = lang === 'en' ? z.properties.name_en : z.properties.name_zh;
          return (
            <li key={z.id} className="group flex items-stretch data-[hl=true]:bg-sky-50" data-hl={z.id === highlightedId} data-zone-id={z.id} onMouseEnter={() => onHighlight?.(z.id)} onMouseLeave={() => onHighlight?.(null)}>
              <button
                type="button"
                onClick={() => onSelect(z.id)}
                onFocus={() => onHighlight?.(z.id)}
                onBlur={() => onHighlight?.(null)}
                aria-current={z.id === selectedId ? 'true' : undefined}
                className="flex min-w-0 flex-1 items-center gap-2 px-3 py-2 text-left text-sm hover:bg-slate-50 aria-[current=true]:bg-amber-50"
              >
                <TypeDot type={z.properties.type} />
                <span className="min-w-0 leading-snug font-medium text-slate-900">{name}</span>
                <span className="ml-auto shrink-0 pl-2 text-xs text-slate-500">{detail(z)}</span>
              </button>
              {onToggleCompare && (
                <button
                  type="button"
                  aria-pressed={inCompare}
                  aria-label={`${inCompare ? t('removeFromCompare') : t('addToCompare')}: ${name}`}
                  title={inCompare ? t('removeFromCompare') : t('addToCompare')}
                  onClick={() => onToggleCompare(z.id)}
                  data-chrome="edit"
                  className="w-9 shrink-0 text-base text-slate-400 hover:bg-slate-100 hover:text-slate-900 aria-pressed:text-blue-700"
                >
                  {inCompare ? '✓' : '+'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
