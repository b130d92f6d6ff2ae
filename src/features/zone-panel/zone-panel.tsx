import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { useLang, useT } from '../../lib/i18n';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import type { ZoneFeature } from '../../schemas/zone';
import { ExcerptSection } from './excerpt-section';
import { zoneFigureRows } from './indicator-cards';
import { IndicatorSection, ZoneCsvButton } from './indicator-section';
import { ZoneFacts } from './zone-facts';
import { ZonePanelSkeleton } from './zone-panel-skeleton';
import { ZoneSources } from './zone-sources';
import { TypeDot } from '../../components/ui/type-dot';

type Props = {
  zone: ZoneFeature;
  indicators: IndicatorsFile | undefined;
  articles: readonly Article[] | undefined;
  zoneName: (id: string) => string;
  onClose: () => void;
  /** extra header actions the app provides (e.g. add to compare) */
  actions?: ReactNode;
  /** extra content after the indicators (e.g. the zone's place among its cohort) */
  extra?: ReactNode;
  onHighlight?: (id: string | null) => void;
};

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="border-t border-slate-200 px-5 py-4">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h3 className="text-xs font-semibold tracking-wider text-slate-500 uppercase">{title}</h3>
        {action}
      </div>
      {children}
    </section>
  );
}

export function ZonePanel({ zone, indicators, articles, zoneName, onClose, actions, extra, onHighlight }: Props) {
  const lang = useLang();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const p = zone.properties;
  const articleMap = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a])), [articles]);
  const ready = Boolean(indicators && articles);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [zone.id]);

  useEffect(() => {
    if (ready) performance.mark('panel-ready', { detail: { zone: zone.id } });
  }, [ready, zone.id]);

  const [primary, secondary] = lang === 'en' ? [p.name_en, p.name_zh] : [p.name_zh, p.name_en];
  const summary = lang === 'en' ? p.summary_en : p.summary_zh;
  return (
    <div className="flex h-full flex-col" data-zone={zone.id} data-ready={ready ? 'true' : 'false'}>
      <header className="flex items-start gap-3 px-5 pt-5 pb-4">
        <div className="min-w-0 flex-1">
          <div className="mb-1 flex items-center gap-2 text-xs font-medium text-slate-600">
            <TypeDot type={p.type} />
            {t(`type.${p.type}`)}
          </div>
          <h2 ref={headingRef} tabIndex={-1} className="text-2xl leading-tight font-semibold text-slate-900 outline-none">
            {primary}
          </h2>
          <p className="mt-0.5 text-sm text-slate-500">{secondary}</p>
          {actions && <div className="mt-2 flex flex-wrap gap-2">{actions}</div>}
        </div>
        <Button onClick={onClose} aria-label={t('closePanel')} title={`${t('close')} (Esc)`} className="!px-2" data-print="hide">
          <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </Button>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto">
        <div className="px-5 pb-4">
          <ZoneFacts zone={p} position={zone.geometry.coordinates} />
          {summary && (
            <p className="mt-3 text-sm leading-relaxed text-slate-700">
              {summary} <span className="text-xs text-slate-500">({t('summaryNote')})</span>
            </p>
          )}
        </div>
        {ready && indicators && articles ? (
          <>
            <Section title={t('indicators')} action={zoneFigureRows(zone.id, indicators).length > 0 && <ZoneCsvButton zoneId={zone.id} file={indicators} articles={articleMap} />}>
              <IndicatorSection zoneId={zone.id} zoneType={p.type} file={indicators} articles={articleMap} zoneName={zoneName} onHighlight={onHighlight} />
            </Section>
            {extra && <div className="border-t border-slate-200 px-5 py-4">{extra}</div>}
            <Section title={t('excerpts')}>
              <ExcerptSection zoneId={zone.id} articles={articles} />
            </Section>
          </>
        ) : (
          <ZonePanelSkeleton />
        )}
        <Section title={t('sourcesAndNotes')}>
          <ZoneSources zone={p} />
        </Section>
      </div>
    </div>
  );
}
