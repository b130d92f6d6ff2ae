import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useArticles } from '../data/articles';
import { useIndicators } from '../data/indicators';
import { useZones } from '../data/zones';
import { Legend } from '../features/map/legend';
import { hasWebGL } from '../features/map/webgl';
import { ZoneMap } from '../features/map/zone-map';
import { ZoneList } from '../features/zone-list/zone-list';
import { ZonePanel } from '../features/zone-panel/zone-panel';
import { ZonePanelSkeleton } from '../features/zone-panel/zone-panel-skeleton';
import { browserLang, LangProvider, translate, type Lang } from '../lib/i18n';
import { DataError } from './data-error';
import { Header } from './header';
import { Notice } from './notice';
import { useEscape } from './use-escape';
import { useUrlState } from './use-url-state';

export function Atlas() {
  const [url, navigate] = useUrlState();
  const lang: Lang = url.lang ?? browserLang();
  const zonesQ = useZones();
  const articlesQ = useArticles();
  const indicatorsQ = useIndicators();
  const [mapUnavailable, setMapUnavailable] = useState<string | null>(() => (hasWebGL() ? null : 'WebGL'));
  const [mapError, setMapError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState<string | null>(null);
  const mapAreaRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'appTitle');
  }, [lang]);

  const zones = useMemo(() => zonesQ.data?.features ?? [], [zonesQ.data]);
  const selected = url.zone ? zones.find((z) => z.id === url.zone) : undefined;
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const z of zones) c[z.properties.type] = (c[z.properties.type] ?? 0) + 1;
    return c;
  }, [zones]);
  const zoneName = useCallback(
    (id: string) => {
      const z = zones.find((f) => f.id === id);
      return z ? (lang === 'en' ? z.properties.name_en : z.properties.name_zh) : id;
    },
    [zones, lang],
  );

  useEffect(() => {
    if (zonesQ.data && url.zone && !selected) {
      // The message must outlive the URL clean-up that follows, so it is state, not derived.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNotFound(url.zone);
      navigate({ zone: null }, { replace: true });
    }
  }, [zonesQ.data, url.zone, selected, navigate]);

  const select = useCallback(
    (id: string) => {
      setNotFound(null);
      navigate({ zone: id });
    },
    [navigate],
  );
  const close = useCallback(() => {
    navigate({ zone: null });
    mapAreaRef.current?.querySelector<HTMLElement>('canvas, button')?.focus();
  }, [navigate]);
  useEscape(url.zone ? close : null);

  const failed = [zonesQ, articlesQ, indicatorsQ].find((q) => q.isError);
  const panelOpen = Boolean(url.zone && (selected || zonesQ.isPending));

  return (
    <LangProvider lang={lang}>
      <div className="flex h-dvh flex-col bg-slate-50 text-slate-900">
        <Header lang={lang} onLang={(next) => navigate({ lang: next }, { replace: true })} />
        <main className="flex min-h-0 flex-1">
          <div ref={mapAreaRef} className="relative min-w-0 flex-1">
            {mapUnavailable ? (
              <div className="h-full overflow-y-auto bg-white">
                <p role="alert" className="m-4 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-300">
                  {translate(lang, 'noWebgl')}
                </p>
                <ZoneList zones={zones} selectedId={url.zone} onSelect={select} />
              </div>
            ) : (
              <ZoneMap
                zones={zones}
                selectedId={selected ? selected.id : null}
                lang={lang}
                onSelectZone={select}
                onUnavailable={setMapUnavailable}
                onMapError={setMapError}
              />
            )}
            {!mapUnavailable && zones.length > 0 && (
              <div className="pointer-events-none absolute bottom-8 left-3">
                <Legend counts={counts} />
              </div>
            )}
            <div className="pointer-events-none absolute inset-x-0 top-3 z-20 flex flex-col items-center gap-2 px-3">
              {failed?.error && (
                <div className="pointer-events-auto w-full max-w-xl">
                  <DataError error={failed.error} onRetry={() => void failed.refetch()} />
                </div>
              )}
              {notFound && (
                <div className="pointer-events-auto w-full max-w-md">
                  <Notice title={translate(lang, 'zoneNotFound')} body={translate(lang, 'zoneNotFoundBody', { id: notFound })} onDismiss={() => setNotFound(null)} />
                </div>
              )}
              {mapError && (
                <div className="pointer-events-auto w-full max-w-md">
                  <Notice title={translate(lang, 'dataError')} body={translate(lang, 'mapError', { message: mapError })} onDismiss={() => setMapError(null)} />
                </div>
              )}
            </div>
          </div>
          {panelOpen && (
            <aside
              aria-label={selected ? (lang === 'en' ? selected.properties.name_en : selected.properties.name_zh) : translate(lang, 'loading')}
              className="w-[clamp(340px,34vw,500px)] shrink-0 border-l border-slate-200 bg-white shadow-[-4px_0_12px_rgba(15,23,42,0.04)]"
              data-testid="zone-panel"
            >
              {selected ? (
                <ZonePanel zone={selected} indicators={indicatorsQ.data} articles={articlesQ.data} zoneName={zoneName} onClose={close} />
              ) : (
                <ZonePanelSkeleton withHeader />
              )}
            </aside>
          )}
        </main>
      </div>
    </LangProvider>
  );
}
