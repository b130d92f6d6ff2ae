import { useMemo, useState } from 'react';
import { DownloadCsvButton } from '../../components/ui/download-csv-button';
import { SourceNote } from '../../components/ui/source-note';
import { RowNoteText } from '../../components/ui/local-note-text';
import { formatNumber } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { provinceName } from '../../lib/provinces';
import { qualified } from '../../lib/qualifier';
import type { IndicatorsFile } from '../../schemas/indicator';
import { columnCaption, inReaderUnit, noArticles, provinceEconomy, provinceEconomyCsv, type EconomyColumn, type EconomyIndicator, type EconomyRow } from './province-economy';
import { compareNullable, ProvinceRowWithDetail, SortHeader, type Sort } from './table-parts';
import { useRegionsText } from './strings';

type SortKey = 'province' | EconomyIndicator;
type Props = { provinces: readonly string[]; indicators: IndicatorsFile };


const sortValue = (r: EconomyRow, key: SortKey) => (key === 'province' ? r.province : (r.cells[key]?.value ?? null));

/** GDP, population and foreign trade of the provinces the shown zones lie in, each figure with its source. */
export function ProvinceEconomyTable({ provinces, indicators }: Props) {
  const lang = useLang();
  const text = useRegionsText();
  const economy = useMemo(() => provinceEconomy(provinces, indicators), [provinces, indicators]);
  const { columns, rows } = economy;
  const [sort, setSort] = useState<Sort<SortKey>>({ key: 'gdp', desc: true });
  const [open, setOpen] = useState<string | null>(null);
  const columnName = (c: EconomyColumn) => {
    const def = indicators.definitions.find((d) => d.id === c.indicator);
    return def ? (lang === 'en' ? def.label_en : def.label_zh) : c.indicator;
  };
  const label = (c: EconomyColumn) => (
    <>
      {columnName(c)}
      <span className="block font-normal">{columnCaption(c, lang)}</span>
    </>
  );
  const shown = (c: EconomyColumn, value: number) => formatNumber(inReaderUnit(c, value, lang), lang);
  const sorted = [...rows].sort((a, b) => compareNullable(sortValue(a, sort.key), sortValue(b, sort.key), sort.desc) || a.province.localeCompare(b.province, 'zh-CN'));
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <ul className="flex flex-wrap gap-x-3 text-xs text-slate-500">
          {columns.map((c) => (
            <li key={c.indicator}>
              {columnName(c)}: {text('economyCount', { n: rows.filter((r) => r.cells[c.indicator]).length, total: rows.length })}
            </li>
          ))}
        </ul>
        <DownloadCsvButton hint={text('downloadHint')} filename="zone-atlas-host-provinces.csv" csv={() => provinceEconomyCsv(economy)} />
      </div>
      <table className="w-full text-sm" data-testid="province-economy">
        <thead className="text-left align-bottom text-xs text-slate-500">
          <tr>
            <SortHeader sortKey="province" label={text('province')} sort={sort} onSort={setSort} ascendingFirst />
            {columns.map((c) => (
              <SortHeader key={c.indicator} sortKey={c.indicator} label={label(c)} sort={sort} onSort={setSort} className="pl-3 text-right" />
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => {
            const name = provinceName(r.province, lang);
            return (
              <ProvinceRowWithDetail
                key={r.province}
                name={name}
                toggleLabel={text('showSources', { province: name })}
                open={open === r.province}
                onToggle={() => setOpen((o) => (o === r.province ? null : r.province))}
                colSpan={columns.length + 1}
                rowProps={{ 'data-economy': r.province }}
                detail={
                  <ul className="space-y-1 text-xs">
                    {columns.map((c) => {
                      const cell = r.cells[c.indicator];
                      return (
                        <li key={c.indicator} data-source={c.indicator}>
                          <span className="font-medium text-slate-700">{columnName(c)}: </span>
                          {cell ? (
                            <>
                              <RowNoteText row={cell.row} className="block text-slate-500" />
                              <SourceNote source={cell.row.source} articles={noArticles} />
                            </>
                          ) : (
                            <span className="text-slate-500 italic">{text('missing')}</span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                }
              >
                {columns.map((c) => {
                  const cell = r.cells[c.indicator];
                  return (
                    <td key={c.indicator} data-indicator={c.indicator} className="py-1 pl-3 text-right tabular-nums" title={cell?.row.source.kind === 'publisher' ? cell.row.source.publisher : undefined}>
                      {cell ? qualified(cell.row.qualifier, shown(c, cell.value), lang) : <span className="text-slate-500 italic">{text('missing')}</span>}
                    </td>
                  );
                })}
              </ProvinceRowWithDetail>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
