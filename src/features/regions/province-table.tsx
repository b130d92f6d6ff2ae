import { Fragment, useState } from 'react';
import { formatNumber } from '../../lib/format';
import { useLang, useT } from '../../lib/i18n';
import { zoneTypeColor } from '../../lib/palette';
import { provinceName } from '../../lib/provinces';
import { zoneTypes, type ZoneType } from '../../schemas/zone';
import type { ProvinceRow } from './region-aggregates';
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

function compare(a: ProvinceRow, b: ProvinceRow, key: SortKey, desc: boolean): number {
  const [x, y] = [sortValue(a, key), sortValue(b, key)];
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  const order = typeof x === 'string' ? x.localeCompare(String(y), 'zh-CN') : x - Number(y);
  return desc ? -order : order;
}

export function ProvinceTable({ rows, zoneName, highlightedId, onHighlight, onOpenZone }: Props) {
  const lang = useLang();
  const t = useT();
  const text = useRegionsText();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'total', desc: true });
  const [open, setOpen] = useState<string | null>(null);
  const sorted = [...rows].sort((a, b) => compare(a, b, sort.key, sort.desc) || a.province.localeCompare(b.province, 'zh-CN'));
  const header = (key: SortKey, label: string, className = '') => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'} className={`py-1 font-medium ${className}`}>
      <button type="button" onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'province' }))} className="hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600">
        {label}
        {sort.key === key ? (sort.desc ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
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
          return (
            <Fragment key={r.province}>
              <tr data-province={r.province} data-highlighted={contains || undefined} className={`border-t border-slate-100 ${contains ? 'bg-amber-50' : ''}`}>
                <th scope="row" className="py-1 text-left font-normal">
                  <button type="button" aria-expanded={open === r.province} aria-label={text('showZones', { province: provinceName(r.province, lang) })} onClick={() => setOpen((o) => (o === r.province ? null : r.province))} className="text-left text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600">
                    {open === r.province ? '▾' : '▸'} {provinceName(r.province, lang)}
                  </button>
                </th>
                <td className="py-1 text-right font-semibold tabular-nums">{r.total}</td>
                {zoneTypes.map((type) => (
                  <td key={type} className="py-1 text-right tabular-nums" style={{ color: r.counts[type] ? zoneTypeColor[type] : '#94a3b8' }}>
                    {r.counts[type]}
                  </td>
                ))}
                <td className="py-1 text-right tabular-nums">{area(r)}</td>
              </tr>
              {open === r.province && (
                <tr>
                  <td colSpan={7} className="pb-2">
                    <ul className="flex flex-wrap gap-1">
                      {r.zoneIds.map((id) => (
                        <li key={id}>
                          <button type="button" data-zone={id} data-highlighted={id === highlightedId || undefined} onClick={() => onOpenZone(id)} onMouseEnter={() => onHighlight(id)} onMouseLeave={() => onHighlight(null)} onFocus={() => onHighlight(id)} onBlur={() => onHighlight(null)} className={`rounded-full px-2 py-0.5 text-xs ring-1 focus-visible:outline-2 focus-visible:outline-sky-600 ${id === highlightedId ? 'bg-slate-900 text-white ring-slate-900' : 'text-slate-800 ring-slate-300 hover:bg-slate-100'}`}>
                            {zoneName(id)}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
