import { useLang, useT } from '../../lib/i18n';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import type { ZoneType } from '../../schemas/zone';
import { partName, partRows, shapeIndicatorCards, shapeUnitGroups, zoneIndicatorsCsv } from './indicator-cards';
import { DownloadCsvButton } from '../../components/ui/download-csv-button';
import { IndicatorChart, UnitGroupChart } from './indicator-chart';
import { ValueLine } from '../../components/ui/value-line';

type Props = {
  zoneId: string;
  zoneType: ZoneType;
  file: IndicatorsFile;
  articles: ReadonlyMap<string, Article>;
  zoneName: (id: string) => string;
  /** hovering another zone's bar highlights it on the map */
  onHighlight?: (id: string | null) => void;
};

/** Every figure of the zone as a CSV file, for the section's heading row. */
export function ZoneCsvButton({ zoneId, file, articles }: Pick<Props, 'zoneId' | 'file' | 'articles'>) {
  const t = useT();
  return <DownloadCsvButton hint={t('downloadZoneHint')} filename={`zone-atlas-${zoneId}.csv`} csv={() => zoneIndicatorsCsv(zoneId, file, articles)} className="px-2 py-1 text-xs" />;
}

export function IndicatorSection({ zoneId, zoneType, file, articles, zoneName, onHighlight }: Props) {
  const lang = useLang();
  const t = useT();
  const cards = shapeIndicatorCards(zoneId, file);
  const groups = shapeUnitGroups(zoneId, file);
  const parts = [
    { key: 'park', title: t('parkFigure'), rows: partRows(zoneId, file, 'park') },
    { key: 'company', title: t('companyFigure'), rows: partRows(zoneId, file, 'company') },
  ].filter((part) => part.rows.length > 0);
  const labelOf = (id: string) => {
    const def = file.definitions.find((d) => d.id === id);
    return def ? (lang === 'en' ? def.label_en : def.label_zh) : id;
  };
  if (cards.length === 0 && parts.length === 0) return <p className="text-sm text-slate-500">{t('noIndicators')}</p>;
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <UnitGroupChart key={`${group.unit}|${group.period}`} group={group} zoneType={zoneType} />
      ))}
      {cards.map((card) => (
        <article key={card.definition.id} className="rounded-lg border border-slate-200 p-3" data-indicator={card.definition.id}>
          <h4 className="text-sm font-semibold text-slate-800">{lang === 'en' ? card.definition.label_en : card.definition.label_zh}</h4>
          <IndicatorChart card={card} zoneType={zoneType} zoneName={zoneName} onHighlight={onHighlight} />
          <ul className="divide-y divide-slate-100">
            {card.rows.map((row, i) => (
              <ValueLine key={`${row.period}-${i}`} row={row} articles={articles} />
            ))}
          </ul>
        </article>
      ))}
      {parts.map((part) => (
        <article key={part.key} className="rounded-lg border border-dashed border-slate-300 p-3" data-part={part.key}>
          <h4 className="text-sm font-semibold text-slate-800">{part.title}</h4>
          <ul className="divide-y divide-slate-100">
            {part.rows.map((row, i) => (
              <ValueLine key={i} row={row} articles={articles} label={`${partName(row, lang) ?? ''} · ${labelOf(row.indicator)}`} />
            ))}
          </ul>
          {lang === 'en' && part.rows.some((row) => row.park_en ?? row.company_en) && <p className="mt-1 text-xs text-slate-500">{t('partNamesRendered')}</p>}
        </article>
      ))}
    </div>
  );
}
