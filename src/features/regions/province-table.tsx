import { useState } from 'react';
import { formatNumber } from '../../lib/format';
import { useLang, useT } from '../../lib/i18n';
import { zoneTypeColor } from '../../lib/palette';
import { provinceName } from '../../lib/provinces';
import { zoneTypes, type ZoneType } from '../../schemas/zone';
import type { ProvinceRow } from './region-aggregates';
import { compareNullable, ProvinceRowWithDetail, SortHeader, type Sort } from './table-parts';
import { useRegionsText } from './strings';

type SortKey = 'province' | 'total' | ZoneType | 'area';
type Props = {
  rows: ProvinceRow[];
  zoneName: (id: string) => string;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  onOpenZone: (id: string) => void;
};

// Provinces without any known area sort below every known one, whichever the direction.
const sortValue = (r: ProvinceRow, key: SortKey) => (key === 'province' ? r.province : key === 'total' ? r.total : key === 'area' ? (r.area.withArea ? r.area.km2 : null) : r.counts[key]);

const compare = (a: ProvinceRow, b: ProvinceRow, key: SortKey, desc: boolean) => compareNullable(sortValue(a, key), sortValue(b, key), desc);

export function ProvinceTable({ rows, zoneName, highlightedId, onHighlight, onOpenZone }: Props) {
  const lang = useLang();
  const t = useT();
  const text = useRegionsText();
  const [sort, setSort] = useState<Sort<SortKey>>({ key: 'total', desc: true });
  const [open, setOpen] = useState<string | null>(null);
  const sorted = [...rows].sort((a, b) => compare(a, b, sort.key, sort.desc) || a.province.localeCompare(b.province, 'zh-CN'));
  const header = (key: SortKey, label: string, className = '') => (
    <SortHeader key={key} sortKey={key} label={label} sort={sort} onSort={setSort} ascendingFirst={key === 'province'} className={className} />
  );
  const area = (r: ProvinceRow) =>
    r.area.withArea === 0 ? <span className="text-slate-500 italic">{text('missing')}</span> : (
      <>
        {formatNumber(r.area.km2, lang)}
        {r.area.withoutArea.length > 0 && <span className="block text-[0.7rem] text-slate-500">{text('areaMissing', { n: r.area.withoutArea.length })}</span>}
      </>
    );
  return (
    <table className="w-full text-sm">
      <thead className="text-left text-xs text-slate-500">
        <tr>
          {header('province', text('province'))}
          {header('total', text('total'), 'text-right')}
          {zoneTypes.map((type) => header(type, t(`typeShort.${type}`), 'text-right'))}
          {header('area', `${text('area')} km²`, 'text-right')}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => {
          const contains = highlightedId !== null && r.zoneIds.includes(highlightedId);
          const name = provinceName(r.province, lang);
          return (
            <ProvinceRowWithDetail
              key={r.province}
              name={name}
              toggleLabel={text('showZones', { province: name })}
              open={open === r.province}
              onToggle={() => setOpen((o) => (o === r.province ? null : r.province))}
              colSpan={7}
              rowProps={{ 'data-province': r.province, 'data-highlighted': contains || undefined, className: contains ? 'bg-amber-50' : '' }}
              detail={
                <ul className="flex flex-wrap gap-1">
                  {r.zoneIds.map((id) => (
                    <li key={id}>
                      <button type="button" data-zone={id} data-highlighted={id === highlightedId || undefined} onClick={() => onOpenZone(id)} onMouseEnter={() => onHighlight(id)} onMouseLeave={() => onHighlight(null)} onFocus={() => onHighlight(id)} onBlur={() => onHighlight(null)} className={`rounded-full px-2 py-0.5 text-xs ring-1 focus-visible:outline-2 focus-visible:outline-sky-600 ${id === highlightedId ? 'bg-slate-900 text-white ring-slate-900' : 'text-slate-800 ring-slate-300 hover:bg-slate-100'}`}>
                        {zoneName(id)}
                      </button>
                    </li>
                  ))}
                </ul>
              }
            >
              <td className="py-1 text-right font-semibold tabular-nums">{r.total}</td>
              {zoneTypes.map((type) => (
                <td key={type} className="py-1 text-right tabular-nums" style={{ color: r.counts[type] ? zoneTypeColor[type] : '#94a3b8' }}>
                  {r.counts[type]}
                </td>
              ))}
              <td className="py-1 text-right tabular-nums">{area(r)}</td>
            </ProvinceRowWithDetail>
          );
        })}
      </tbody>
    </table>
  );
}
