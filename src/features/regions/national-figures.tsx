import { useMemo } from 'react';
import { DownloadCsvButton } from '../../components/ui/download-csv-button';
import { ValueLine } from '../../components/ui/value-line';
import { TypeDot } from '../../components/ui/type-dot';
import { useLang } from '../../lib/i18n';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import { zoneTypes } from '../../schemas/zone';
import { nationalFiguresCsv } from './national-csv';
import { useRegionsText } from './strings';

/**
 * The national totals the sources give: every national ETDZ together, all 19 new areas together …,
 * one list per kind of zone, each figure as printed with its source. They cover zones this atlas
 * does not map, so they stand apart from its own counts.
 */
export function NationalFigures({ indicators, articles }: { indicators: IndicatorsFile; articles: readonly Article[] }) {
  const lang = useLang();
  const text = useRegionsText();
  const articleMap = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const label = (id: string) => {
    const def = indicators.definitions.find((d) => d.id === id);
    return def ? (lang === 'en' ? def.label_en : def.label_zh) : id;
  };
  const groups = zoneTypes
    .map((type) => ({ type, rows: indicators.rows.filter((r) => r.scope === 'national' && r.group === type) }))
    .filter((g) => g.rows.length > 0);
  if (groups.length === 0) return null;
  return (
    <div className="space-y-3" data-testid="national-figures">
      <div className="flex justify-end">
        <DownloadCsvButton label={text('nationwideCsv')} hint={text('nationwideCsvHint')} filename="zone-atlas-nationwide.csv" csv={() => nationalFiguresCsv(indicators, articleMap)} className="px-2 py-1 text-xs" />
      </div>
      {groups.map(({ type, rows }) => (
        <div key={type} data-group={type}>
          <h4 className="flex items-center gap-2 text-sm font-semibold text-slate-800">
            <TypeDot type={type} />
            {text(`nationwide.${type}`)}
          </h4>
          <ul className="divide-y divide-slate-100">
            {rows.map((row, i) => (
              <ValueLine key={i} row={row} articles={articleMap} label={label(row.indicator)} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
