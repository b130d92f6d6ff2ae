import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSONSource } from 'maplibre-gl';
import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../lib/i18n';
import type { Place } from '../../schemas/place';
import type { ZoneFeature } from '../../schemas/zone';
import { bringIntoView, CHINA_BOUNDS, fitChina, labelEms, prefersReducedMotion } from './camera';
import { creditsFolded } from './credits';
import { approximateFilter, CITY_DOT, CITY_DOT_IMAGE, cityDotPixels, KEEP_OUT_IMAGE, KEEP_OUT_PX, labelFonts, labelPriority, LAYER, markerOrder, nameField, zoneLabelField, presentationOverrides, presentationStyle, provinceFillColour, zoneTextSize, selectedFilter, SOURCE, visibleFilter } from './layers';
import { buildStyle } from './map-style';
import { addOverlayKeepOutImage, bindOverlayKeepOut } from './overlay-keep-out';
import { bindPointer } from './pointer';
import { overlaysOnMap, stepCamera, type LngLat, type View } from './step-camera';
import { useLatest } from '../../lib/use-latest';
import { useFeatureStateSet } from './use-feature-state-set';
import { placesToMapFeatures, toMapFeatures, zoneLabel } from './zone-features';
import { ZoneTooltip, type HoverInfo } from './zone-tooltip';

setWorkerUrl(workerUrl);

type Props = {
  zones: readonly ZoneFeature[];
  /** reference places, labelled from zoom 5; none while they load or when their file fails */
  places?: readonly Place[];
  selectedId: string | null;
  lang: Lang;
  onSelectZone: (id: string, event: { shiftKey: boolean }) => void;
  onUnavailable: (reason: string) => void;
  onMapError: (message: string) => void;
  /** zones shown under the current filters; null shows all */
  visibleIds?: readonly string[] | null;
  /** zones in the compare set, ringed on the map */
  markedIds?: readonly string[];
  /** a zone hovered or focused elsewhere (a chart, a list) */
  highlightedId?: string | null;
  onHoverZone?: (id: string | null) => void;
  provinceColours?: Readonly<Record<string, string>> | null;
  presentation?: boolean;
  /** hides the hover tooltip (presentation mode shows hover in a caption instead) */
  tooltip?: boolean;
  /**
   * a view set from outside (a tour step), and the points it must show; while set, selection does
   * not move the camera
   */
  camera?: (View & { points?: readonly LngLat[] }) | null;
};

const noIds: readonly string[] = [];
/** How far the map's credits reach up from its bottom edge, in px: the legends stand above that (atlas.tsx). */
const CREDITS_REACH_VAR = '--map-credits-reach';
const noPlaces: readonly Place[] = [];

/** What lies over the map, relative to it: the legends and counters, and with `controls` the map's own controls too. */
function overlaysOver(container: HTMLElement, { controls = false } = {}) {
  return boxesOver(container, overlayElements(container, controls));
}

const overlayElements = (container: HTMLElement, controls: boolean) => [
  ...document.querySelectorAll('[data-map-overlay] > *'),
  ...(controls ? container.querySelectorAll('.maplibregl-ctrl') : []),
];

/** The zoom buttons and the scale bar: a zone label must not run under them. */
const labelBlockers = (container: HTMLElement) => boxesOver(container, [...container.querySelectorAll('.maplibregl-ctrl-group, .maplibregl-ctrl-scale')]);

const boxesOver = (container: HTMLElement, els: readonly Element[]) => overlaysOnMap(container.getBoundingClientRect(), els.map((el) => el.getBoundingClientRect()));

export function ZoneMap(props: Props) {
  const { zones, places = noPlaces, selectedId, lang, visibleIds = null, markedIds = noIds, highlightedId = null, provinceColours = null, presentation = false, tooltip = true, camera = null } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const scaleRef = useRef<ScaleControl | null>(null);
  const refitRef = useRef<(() => void) | null>(null);
  const clickedRef = useRef<string | null>(null);
  const [loadedMap, setLoadedMap] = useState<MapLibreMap | null>(null);
  const loaded = loadedMap !== null;
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const latest = useLatest({ ...props, zones });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // Read before MapLibre writes its own #map= into the address.
    const linkHasCamera = /(^#|&)map=/.test(window.location.hash);
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: buildStyle(latest.current.lang),
        hash: 'map',
        bounds: CHINA_BOUNDS,
        fitBoundsOptions: { padding: 16 },
        minZoom: 2,
        maxZoom: 12,
        dragRotate: false,
        // Shift-click adds a zone to the compare set; box zoom would take the shift key.
        boxZoom: false,
        pitchWithRotate: false,
        renderWorldCopies: false,
        attributionControl: { compact: true, customAttribution: 'Natural Earth · Apache ECharts map data · some zone positions: GeoNames (CC BY 4.0)' },
      });
    } catch (error) {
      latest.current.onUnavailable(error instanceof Error ? error.message : String(error));
      return;
    }
    mapRef.current = map;
    // North stays up: with drag-rotate off and no compass, Shift+arrow or a two-finger twist
    // would turn the map with no visible way back.
    map.keyboard.disableRotation();
    // Without #map= in the link the view is all of China; keep it so while the layout settles
    // (panels opening change the map's width), until anyone moves the camera away from it.
    const cameraOf = () => `${map.getZoom().toFixed(4)}/${map.getCenter().toArray().map((v) => v.toFixed(4)).join('/')}`;
    let defaultView = linkHasCamera ? null : cameraOf();
    const refit = () => {
      // A flight that has just begun has not left the default view yet: leave it alone.
      if (defaultView === null || map.isMoving() || cameraOf() !== defaultView) return;
      const { zones: all, lang: language, presentation: large = false } = latest.current;
      const labels = all.map((z) => ({ lngLat: z.geometry.coordinates as [number, number], ems: labelEms(zoneLabel(z, language)) }));
      fitChina(map, overlaysOver(container), 16, labels, (zoom) => zoneTextSize(large, zoom), labelBlockers(container));
      defaultView = cameraOf();
    };
    refitRef.current = refit;
    map.on('resize', refit);
    map.touchZoomRotate.disableRotation();
    // Positions are given to within a few kilometres: the scale bar lets a reader judge what that looks like.
    const scale = new ScaleControl({ unit: 'metric', maxWidth: presentationOverrides(false).scaleMaxWidth });
    scaleRef.current = scale;
    map.addControl(scale, 'bottom-right');
    map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    map.setMissingStyleImageResolver((id) => {
      if (addOverlayKeepOutImage(map, id)) return;
      if (id === KEEP_OUT_IMAGE) map.addImage(id, { width: KEEP_OUT_PX, height: KEEP_OUT_PX, data: new Uint8Array(KEEP_OUT_PX * KEEP_OUT_PX * 4) });
      if (id === CITY_DOT_IMAGE) map.addImage(id, { width: CITY_DOT.px, height: CITY_DOT.px, data: cityDotPixels() }, { pixelRatio: CITY_DOT.pixelRatio });
    });
    let unbindKeepOut = () => {};
    // The legends sit above the credits, however many lines these take on a narrow map.
    const credits = container.querySelector('.maplibregl-ctrl-attrib');
    const creditsResized = new ResizeObserver(() => {
      if (!credits) return;
      const reach = container.getBoundingClientRect().bottom - credits.getBoundingClientRect().top;
      document.documentElement.style.setProperty(CREDITS_REACH_VAR, `${Math.max(0, Math.ceil(reach))}px`);
      map.triggerRepaint(); // the legends moved: the labels' keep-outs follow on the next frame
    });
    if (credits) creditsResized.observe(credits);
    map.on('load', () => {
      // No label is drawn under the legends or the map's controls.
      unbindKeepOut = bindOverlayKeepOut(map, () => {
        const elements = overlayElements(container, true);
        return { boxes: boxesOver(container, elements), elements };
      });
      setLoadedMap(map);
    });
    map.on('error', (e) => {
      latest.current.onMapError(e.error?.message ?? 'unknown error');
    });

    bindPointer(map, {
      onHover: (id, point) => {
        latest.current.onHoverZone?.(id);
        const zone = id ? latest.current.zones.find((z) => z.id === id) : undefined;
        setHover(zone && point ? { zone, x: point.x, y: point.y } : null);
      },
      onClick: (id, shiftKey) => {
        clickedRef.current = id;
        latest.current.onSelectZone(id, { shiftKey });
      },
    });
    return () => {
      creditsResized.disconnect();
      document.documentElement.style.removeProperty(CREDITS_REACH_VAR);
      unbindKeepOut();
      refitRef.current = null;
      mapRef.current = null;
      setLoadedMap(null);
      map.remove();
    };
  }, [latest]);

  const cameraKey = camera ? `${camera.zoom}/${camera.center.join(',')}/${(camera.points ?? []).join(';')}` : null;
  useEffect(() => {
    const step = latest.current.camera;
    if (!loadedMap || !cameraKey || !step) return;
    const timer = window.setTimeout(() => {
      loadedMap.resize();
      // Legends, counters and the map's own controls lie over the canvas: the step's zones go around them.
      const container = loadedMap.getContainer();
      const box = container.getBoundingClientRect();
      const view = stepCamera({ center: step.center, zoom: step.zoom }, step.points ?? [], box, overlaysOver(container, { controls: true }));
      if (prefersReducedMotion()) loadedMap.jumpTo(view);
      else loadedMap.flyTo({ ...view, duration: 1400, essential: false });
    }, 60);
    return () => window.clearTimeout(timer);
  }, [loadedMap, cameraKey, latest]);

  useFeatureStateSet(loadedMap, 'marked', markedIds);
  useFeatureStateSet(loadedMap, 'highlight', highlightedId ? [highlightedId] : noIds);

  const visibleKey = visibleIds === null ? null : visibleIds.join(',');
  useEffect(() => {
    if (!loadedMap) return;
    const ids = visibleKey === null ? null : visibleKey ? visibleKey.split(',') : [];
    const filter = visibleFilter(ids);
    for (const id of [LAYER.zonesCircle, LAYER.zonesLabel, LAYER.zonesMarked]) loadedMap.setFilter(id, filter);
    loadedMap.setFilter(LAYER.zonesApproximate, approximateFilter(ids));
  }, [loadedMap, visibleKey]);

  useEffect(() => {
    loadedMap?.setPaintProperty(LAYER.provincesShade, 'fill-color', provinceFillColour(provinceColours));
  }, [loadedMap, provinceColours]);

  // Legends come and go with the view (the shading key, presentation's row), and labels change
  // length with the language: the default view of China moves clear of them once they are drawn.
  const legendKey = `${provinceColours ? 'shaded' : 'plain'}|${presentation}|${lang}|${zones.length > 0}`;
  useEffect(() => {
    if (!loadedMap) return;
    const frame = window.requestAnimationFrame(() => refitRef.current?.());
    return () => window.cancelAnimationFrame(frame);
  }, [loadedMap, legendKey]);

  useEffect(() => {
    if (!loadedMap) return;
    const o = presentationOverrides(presentation);
    for (const p of presentationStyle(presentation)) {
      if (p[1] === 'paint') loadedMap.setPaintProperty(p[0], p[2], p[3]);
      else loadedMap.setLayoutProperty(p[0], p[2], p[3]);
    }
    // The credits fold into their ⓘ button where they would cover much of the map, and open again
    // when that ends; a reader's own click on ⓘ stands until then.
    let folded: boolean | null = null;
    const foldCredits = () => {
      const container = loadedMap.getContainer();
      const fold = creditsFolded(presentation, container.clientWidth, container.clientHeight);
      if (fold === folded) return;
      folded = fold;
      container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact')?.classList.toggle('maplibregl-compact-show', !fold);
    };
    foldCredits();
    loadedMap.on('resize', foldCredits);
    const scale = scaleRef.current;
    if (scale) {
      scale.options = { ...scale.options, maxWidth: o.scaleMaxWidth };
      scale.setUnit('metric'); // redraws the bar with the new length
    }
    return () => {
      loadedMap.off('resize', foldCredits);
    };
  }, [loadedMap, presentation]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    map.getSource<GeoJSONSource>(SOURCE.zones)?.setData(toMapFeatures(zones));
    const markWhenDrawn = () => {
      if (map.queryRenderedFeatures({ layers: [LAYER.zonesCircle] }).length === 0) return;
      map.off('idle', markWhenDrawn);
      if (performance.getEntriesByName('map-ready').length === 0) performance.mark('map-ready');
      containerRef.current?.setAttribute('data-map-ready', 'true');
    };
    map.on('idle', markWhenDrawn);
    return () => {
      map.off('idle', markWhenDrawn);
    };
  }, [loaded, zones]);

  useEffect(() => {
    // The search reads the same file: the map takes its copy instead of fetching it again.
    if (loaded) mapRef.current?.getSource<GeoJSONSource>(SOURCE.cities)?.setData(placesToMapFeatures(places));
  }, [loaded, places]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    map.setLayoutProperty(LAYER.zonesLabel, 'text-field', zoneLabelField(lang));
    map.setLayoutProperty(LAYER.provinceLabels, 'text-field', nameField(lang));
    map.setLayoutProperty(LAYER.citiesLabel, 'text-field', zoneLabelField(lang));
    map.setLayoutProperty(LAYER.citiesLabel, 'text-font', labelFonts(lang));
    map.setLayoutProperty(LAYER.zonesLabel, 'text-font', labelFonts(lang));
    map.setLayoutProperty(LAYER.provinceLabels, 'text-font', labelFonts(lang));
  }, [loaded, lang]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    map.setLayoutProperty(LAYER.zonesLabel, 'symbol-sort-key', labelPriority(selectedId, markedIds));
    map.setLayoutProperty(LAYER.zonesCircle, 'circle-sort-key', markerOrder(selectedId, markedIds));
  }, [loaded, selectedId, markedIds]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    map.setFilter(LAYER.zonesSelected, selectedFilter(selectedId));
    if (selectedId) map.setFeatureState({ source: SOURCE.zones, id: selectedId }, { selected: true });
    const zone = selectedId ? latest.current.zones.find((z) => z.id === selectedId) : undefined;
    // The panel opening narrows the map; wait for the resize before deciding whether to move.
    const timer = zone
      ? window.setTimeout(() => {
          map.resize();
          if (!latest.current.camera) bringIntoView(map, [...zone.geometry.coordinates], clickedRef.current !== zone.id, overlaysOver(map.getContainer(), { controls: true }));
          clickedRef.current = null;
        }, 60)
      : undefined;
    return () => {
      window.clearTimeout(timer);
      if (selectedId) map.setFeatureState({ source: SOURCE.zones, id: selectedId }, { selected: false });
    };
  }, [loaded, selectedId, latest]);

  return (
    <div className="relative h-full w-full">
      <div ref={containerRef} className="h-full w-full" data-testid="map" aria-label="Map" role="region" />
      {hover && tooltip && <ZoneTooltip info={hover} lang={lang} />}
    </div>
  );
}
