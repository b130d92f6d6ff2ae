import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePlaces } from '../data/places';
import { FilterPanel } from '../features/filters/filter-panel';
import { Legend } from '../features/map/legend';
import { hasWebGL } from '../features/map/webgl';
import { ZoneMap } from '../features/map/zone-map';
import { stepZones, zonesApprovedBy } from '../features/present/playback';
import { ProvinceLegend } from '../features/regions/province-legend';
import { provinceColours } from '../features/regions/province-shading';
import { SearchBox } from '../features/search/search-box';
import { ShortcutsButton, ShortcutsDialog } from '../features/shortcuts/shortcuts-dialog';
import { useHelpKey } from '../features/shortcuts/use-help-key';
import { ZoneList } from '../features/zone-list/zone-list';
import { browserLang, htmlLang, LangProvider, translate, type Lang } from '../lib/i18n';
import { openSourcesWhilePrinting } from '../lib/print';
import { cleanUrlState } from './clean-url';
import { Header } from './header';
import { HeaderActions } from './header-actions';
import { Notices } from './notices';
import { PresentBottom, PresentButtons, PresentTop } from './present-chrome';
import { RightPanel } from './right-panel';
import { Sidebar } from './sidebar';
import { useAtlasData } from './use-atlas-data';
import { useEscape } from './use-escape';
import { usePresentation } from './use-presentation';
import { useUrlState } from './use-url-state';
import { serializeUrlState } from './url-state';

export function Atlas() {
  const [url, navigate] = useUrlState();
  const lang: Lang = url.lang ?? browserLang();
  const p = usePresentation(url, navigate);
  const view = p.shown;
  const data = useAtlasData(view.filters, lang);
  const { zones, zonesQ } = data;
  const places = usePlaces();
  const [mapUnavailable, setMapUnavailable] = useState<string | null>(() => (hasWebGL() ? null : 'WebGL'));
  const [mapError, setMapError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState<string | null>(null);
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // on a phone the panel at its full size covers the map: nothing behind it takes the keyboard
  const [mapCovered, setMapCovered] = useState(false);
  const [sidebarOpen, setSidebarOpen] = useState(() => window.innerWidth >= 1180);
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const selected = view.zone ? data.byId.get(view.zone) : undefined;
  const indicators = data.indicatorsQ.data;
  const shading = useMemo(() => (view.view === 'regions' ? provinceColours(data.shown, view.metric, indicators) : null), [view.view, view.metric, data.shown, indicators]);
  const playbackIds = useMemo(
    () => (p.playbackFilter ? zonesApprovedBy(zones, p.playbackFilter.year, p.playbackFilter.types).map((z) => z.id) : null),
    [p.playbackFilter, zones],
  );

  const step = p.position?.step;
  const camera = useMemo(() => (step ? { ...step.view, points: stepZones(step, zones).map((z) => z.geometry.coordinates) } : null), [step, zones]);

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = translate(lang, 'appTitle');
  }, [lang]);

  useEffect(() => {
    if (!zonesQ.data) return;
    if (url.zone && !data.byId.has(url.zone)) {
      // The message must outlive the URL clean-up that follows, so it is state, not derived.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNotFound(url.zone);
      navigate({ zone: null }, { replace: true });
    }
    const clean = cleanUrlState(url, zonesQ.data.features);
    if (serializeUrlState(clean) !== serializeUrlState(url)) navigate(clean, { replace: true });
  }, [zonesQ.data, url, data.byId, navigate]);

  const select = useCallback(
    (id: string) => {
      setNotFound(null);
      navigate({ zone: id, tour: null, step: null });
    },
    [navigate],
  );
  const toggleCompare = useCallback(
    (id: string) => navigate({ compare: url.compare.includes(id) ? url.compare.filter((c) => c !== id) : [...url.compare, id] }),
    [navigate, url.compare],
  );
  const onMapSelect = useCallback((id: string, e: { shiftKey: boolean }) => (e.shiftKey && !p.present ? toggleCompare(id) : select(id)), [select, toggleCompare, p.present]);
  const onTheme = () => navigate({ theme: url.theme === 'dark' ? 'light' : 'dark' }, { replace: true });
  const close = useCallback(() => {
    navigate({ zone: null });
    mapAreaRef.current?.querySelector<HTMLElement>('canvas, button')?.focus();
  }, [navigate]);
  useEscape(url.zone && !p.present ? close : null);
  useHelpKey(() => setHelpOpen(true));
  useEffect(() => openSourcesWhilePrinting(), []);

  const notices = { lang, failed: data.failed ?? p.toursFailed, notFound, onDismissNotFound: () => setNotFound(null), mapError, onDismissMapError: () => setMapError(null) };
  return (
    <LangProvider lang={lang}>
      <div className="flex h-dvh flex-col bg-slate-50 text-slate-900">
        <Header
          lang={lang}
          onLang={(next) => navigate({ lang: next })}
          sidebarOpen={sidebarOpen}
          onToggleSidebar={() => setSidebarOpen((o) => !o)}
          help={<ShortcutsButton onOpen={() => setHelpOpen(true)} />}
          end={p.present && <PresentButtons p={p} theme={url.theme} onTheme={onTheme} />}
          search={<SearchBox zones={zones} places={places} query={url.q} onQuery={(q) => navigate({ q }, { replace: true })} onSelectZone={select} onSelectProvince={(prov) => navigate({ filters: { ...url.filters, provinces: [prov] }, q: '' })} />}
          actions={
            <HeaderActions
              view={url.view}
              onView={(v) => navigate({ view: v, zone: null })}
              compareCount={url.compare.length}
              onShowCompare={() => navigate({ zone: null, view: 'map' })}
              onPresent={() => navigate({ mode: 'present' })}
            />
          }
        />
        {p.present && <PresentTop p={p} theme={url.theme} onTheme={onTheme} />}
        <main className="relative flex min-h-0 flex-1 max-md:flex-col">
          {sidebarOpen && !mapUnavailable && !p.present && (
            <Sidebar
              allZones={zones}
              shownZones={data.shown}
              filters={url.filters}
              onFilters={(filters) => navigate({ filters })}
              sort={url.sort}
              onSort={(sort) => navigate({ sort })}
              selectedId={url.zone}
              onSelect={select}
              highlightedId={highlightedId}
              onHighlight={setHighlightedId}
              compareIds={url.compare}
              onToggleCompare={toggleCompare}
            />
          )}
          <div ref={mapAreaRef} className="relative min-h-0 min-w-0 flex-1" data-print="hide" inert={mapCovered}>
            {mapUnavailable ? (
              <div className="h-full overflow-y-auto bg-white">
                <p role="alert" className="m-4 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-300">
                  {translate(lang, 'noWebgl')}
                </p>
                <Notices {...notices} inFlow />
                {/* the sidebar's filters stay: the list below follows them as the map would */}
                {sidebarOpen && !p.present && (
                  <div className="max-w-xl" data-chrome="edit">
                    <FilterPanel zones={zones} filters={url.filters} onChange={(filters) => navigate({ filters })} shown={data.shown.length} />
                  </div>
                )}
                <ZoneList zones={data.shown} selectedId={url.zone} onSelect={select} sort={url.sort} onSort={(sort) => navigate({ sort })} compareIds={url.compare} onToggleCompare={toggleCompare} />
              </div>
            ) : (
              <ZoneMap
                zones={zones}
                places={places}
                selectedId={selected ? selected.id : null}
                lang={lang}
                onSelectZone={onMapSelect}
                onUnavailable={setMapUnavailable}
                onMapError={setMapError}
                visibleIds={playbackIds ?? data.shownIds}
                markedIds={view.compare}
                highlightedId={highlightedId}
                onHoverZone={setHighlightedId}
                provinceColours={shading?.colours ?? null}
                presentation={p.present}
                tooltip={!p.present}
                camera={camera}
              />
            )}
            {!mapUnavailable && zones.length > 0 && (
              <div data-map-overlay className={`pointer-events-none absolute left-3 flex flex-col gap-2 ${p.present ? 'top-3 right-3 items-start' : 'bottom-[max(2rem,var(--map-credits-reach,0px))] items-start'}`}>
                {/* in presentation the shading key sits in the caption band, where it hides no province; on a phone, upright or on its side, the regions panel beside or below the map carries it, and a copy here would cover most of the short map */}
                {shading && !p.present && <ProvinceLegend legend={shading.legend} metric={view.metric} column={shading.column} className="pointer-events-auto max-w-sm rounded-lg bg-white/95 px-3 py-2 shadow-md ring-1 ring-slate-200 max-md:hidden [@media(max-height:500px)]:hidden" />}
                <Legend zones={playbackIds ? zones.filter((z) => playbackIds.includes(z.id)) : data.shown} row={p.present} />
              </div>
            )}
            {!mapUnavailable && <Notices {...notices} />}
          </div>
          <RightPanel url={view} navigate={navigate} data={data} selected={selected} onClose={close} onSelect={select} onToggleCompare={toggleCompare} highlightedId={highlightedId} onHighlight={setHighlightedId} presentation={p} onCover={setMapCovered} />
        </main>
        {p.present && <PresentBottom p={p} focus={(highlightedId ? data.byId.get(highlightedId) : undefined) ?? selected} playbackCount={playbackIds?.length ?? 0} shadingKey={shading && <ProvinceLegend inline legend={shading.legend} metric={view.metric} column={shading.column} />} />}
        {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      </div>
    </LangProvider>
  );
}
