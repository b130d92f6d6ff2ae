import type { ReactNode } from 'react';
import type { Filters } from '../../lib/filters';
import { useLang, useT } from '../../lib/i18n';
import { provinceName } from '../../lib/provinces';
import { regions, zoneTypes, type ZoneFeature } from '../../schemas/zone';
import { facets, isFiltering } from './filter-zones';
import { TypeDot } from '../../components/ui/type-dot';

type Props = { zones: readonly ZoneFeature[]; filters: Filters; onChange: (f: Filters) => void; shown: number };

const toggle = <T,>(list: readonly T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

function Chip({ pressed, onClick, title, children }: { pressed: boolean; onClick: () => void; title?: string; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      title={title}
      className="inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-slate-300 hover:bg-slate-100 aria-pressed:bg-slate-900 aria-pressed:text-white aria-pressed:ring-slate-900"
    >
      {children}
    </button>
  );
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1 text-xs font-semibold text-slate-600">{label}</legend>
      {children}
    </fieldset>
  );
}

const selectClass = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

export function FilterPanel({ zones, filters, onChange, shown }: Props) {
  const t = useT();
  const lang = useLang();
  const f = facets(zones);
  const years = Array.from({ length: f.years[1] - f.years[0] + 1 }, (_, i) => f.years[0] + i);
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const yearSelect = (end: 0 | 1, label: string) => (
    <select
      aria-label={`${t('filterYears')} ${label}`}
      className={selectClass}
      value={filters.years[end] ?? ''}
      onChange={(e) => {
        const next: Filters['years'] = [...filters.years];
        next[end] = e.target.value ? Number(e.target.value) : null;
        set({ years: next });
      }}
    >
      <option value="">{label}</option>
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  );
  return (
    <section aria-label={t('filters')} className="space-y-3 p-3">
      <Group label={t('filterType')}>
        <div className="flex flex-wrap gap-1.5">
          {zoneTypes.map((type) => (
            // English type names run to five words, so the chips carry the abbreviations the map uses,
            // with the full name on hover (the legend spells them out)
            <Chip key={type} pressed={filters.types.includes(type)} onClick={() => set({ types: toggle(filters.types, type) })} title={lang === 'en' ? t(`type.${type}`) : undefined}>
              <TypeDot type={type} size="sm" />
              {t(lang === 'en' ? `typeShort.${type}` : `type.${type}`)}
            </Chip>
          ))}
        </div>
      </Group>
      <Group label={t('filterRegion')}>
        <div className="flex flex-wrap gap-1.5">
          {regions.map((r) => (
            <Chip key={r} pressed={filters.regions.includes(r)} onClick={() => set({ regions: toggle(filters.regions, r) })}>
              {t(`region.${r}`)}
            </Chip>
          ))}
        </div>
      </Group>
      <div className="grid grid-cols-2 gap-2">
        <Group label={t('filterProvince')}>
          <select aria-label={t('filterProvince')} className={selectClass} value={filters.provinces[0] ?? ''} onChange={(e) => set({ provinces: e.target.value ? [e.target.value] : [] })}>
            <option value="">{t('allProvinces')}</option>
            {f.provinces.map((p) => (
              <option key={p} value={p}>
                {provinceName(p, lang)}
              </option>
            ))}
          </select>
        </Group>
        <Group label={t('filterIndustry')}>
          <select aria-label={t('filterIndustry')} className={selectClass} value={filters.industries[0] ?? ''} onChange={(e) => set({ industries: e.target.value ? [e.target.value] : [] })}>
            <option value="">{t('allIndustries')}</option>
            {f.industries.map((tag) => (
              <option key={tag.zh} value={tag.zh}>
                {lang === 'en' ? tag.en : tag.zh} ({tag.count})
              </option>
            ))}
          </select>
        </Group>
      </div>
      <Group label={t('filterYears')}>
        <div className="grid grid-cols-2 gap-2">
          {yearSelect(0, t('from'))}
          {yearSelect(1, t('to'))}
        </div>
      </Group>
      <div className="flex items-center justify-between gap-2 pt-1">
        <p role="status" className="text-sm font-medium text-slate-700" data-testid="shown-count">
          {t('shownCount', { shown, total: zones.length })}
        </p>
        {isFiltering(filters) && (
          <button type="button" className="text-sm font-medium text-sky-800 underline" onClick={() => onChange({ types: [], regions: [], provinces: [], industries: [], years: [null, null] })}>
            {t('clearFilters')}
          </button>
        )}
      </div>
    </section>
  );
}
