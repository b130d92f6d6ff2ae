import { useMemo, type ReactNode } from 'react';
import { formatNumber } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import type { ZoneFeature } from '../../schemas/zone';
import { ApprovalsChart } from './approvals-chart';
import { MetricPicker } from './metric-picker';
import { NationalFigures } from './national-figures';
import { ProvinceEconomyTable } from './province-economy-table';
import { ProvinceLegend } from './province-legend';
import { provinceColours } from './province-shading';
import { ProvinceTable } from './province-table';
import { zonesCsv } from './zones-csv';
import { DownloadCsvButton } from '../../components/ui/download-csv-button';
import { approvalsByYear, areaTotal, countsByRegion, provinceAggregates, type ShadingMetric } from './region-aggregates';
import { RegionTypeChart } from './region-type-chart';
import { useRegionsText } from './strings';
import { TypeKey } from './type-key';

export type RegionsViewProps = {
  zones: ZoneFeature[];
  metric: ShadingMetric;
  onMetric: (metric: ShadingMetric) => void;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  onOpenZone: (id: string) => void;
  /** the last year on the approvals axis; defaults to the current year */
  toYear?: number;
  /** for the host provinces' economy; that block waits until it has loaded */
  indicators?: IndicatorsFile;
  /** the articles national figures may quote; that block waits for them and the indicators */
  articles?: readonly Article[];
  /** the zones shown, ranked on an indicator (the app composes it from the compare feature) */
  ranking?: ReactNode;
};

function Block({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="border-t border-slate-200 pt-3">
      <h3 className="text-xs font-semibold tracking-wider text-slate-500 uppercase">{title}</h3>
      {note && <p className="text-xs text-slate-500">{note}</p>}
      <div className="mt-2">{children}</div>
    </section>
  );
}

export function RegionsView({ zones, metric, onMetric, highlightedId, onHighlight, onOpenZone, toYear = new Date().getFullYear(), indicators, articles, ranking }: RegionsViewProps) {
  const lang = useLang();
  const text = useRegionsText();
  const byId = useMemo(() => new Map(zones.map((z) => [z.id, z])), [zones]);
  const zoneName = (id: string) => {
    const p = byId.get(id)?.properties;
    return p ? (lang === 'en' ? p.name_en : p.name_zh) : id;
  };
  const area = areaTotal(zones);
  const shading = useMemo(() => provinceColours(zones, metric, indicators), [zones, metric, indicators]);
  const provinces = useMemo(() => provinceAggregates(zones), [zones]);
  const provinceNames = useMemo(() => provinces.map((p) => p.province), [provinces]);
  return (
    <section className="space-y-4 px-4 py-4" aria-labelledby="regions-title">
      <header>
        <h2 id="regions-title" className="text-lg font-semibold text-slate-900">
          {text('title')}
        </h2>
        <p className="text-sm text-slate-600">{text('scope', { n: zones.length })}</p>
        <p className="text-sm text-slate-600">{text(area.withoutArea.length > 0 ? 'areaTotal' : 'areaTotalAll', { km2: formatNumber(area.km2, lang), n: area.withArea, missing: area.withoutArea.length })}</p>
        <p className="text-xs text-slate-500">{text('source')}</p>
      </header>
      <div className="space-y-2">
        <MetricPicker metric={metric} onMetric={onMetric} />
        <ProvinceLegend legend={shading.legend} metric={metric} column={shading.column} />
      </div>
      <Block title={text('byRegion')}>
        <RegionTypeChart rows={countsByRegion(zones)} title={text('byRegion')} />
        <TypeKey />
      </Block>
      <Block title={text('approvals')} note={text('approvalsNote', { year: toYear })}>
        <ApprovalsChart rows={approvalsByYear(zones, toYear)} title={text('approvals')} zoneName={zoneName} />
        <TypeKey />
      </Block>
      {indicators && articles && indicators.rows.some((r) => r.scope === 'national') && (
        <Block title={text('nationwide')} note={text('nationwideNote')}>
          <NationalFigures indicators={indicators} articles={articles} />
        </Block>
      )}
      {ranking && (
        <Block title={text('ranking')} note={text('rankingNote')}>
          {ranking}
        </Block>
      )}
      <Block title={text('provinces')}>
        <div className="mb-2 flex justify-end">
          <DownloadCsvButton label={text('zonesCsv')} hint={text('zonesCsvHint')} filename="zone-atlas-zones.csv" csv={() => zonesCsv(zones)} className="px-2 py-1 text-xs" />
        </div>
        <ProvinceTable rows={provinces} zoneName={zoneName} highlightedId={highlightedId} onHighlight={onHighlight} onOpenZone={onOpenZone} />
      </Block>
      {indicators && (
        <Block title={text('economy')} note={text('economyNote')}>
          <ProvinceEconomyTable provinces={provinceNames} indicators={indicators} />
        </Block>
      )}
    </section>
  );
}
