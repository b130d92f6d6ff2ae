import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { zoneTypeColor, ui } from '../../lib/palette';
import type { Lang } from '../../lib/i18n';
import type { Box } from './step-camera';

export const SOURCE = {
  countries: 'countries',
  provinces: 'provinces',
  provinceLabels: 'province-labels',
  cities: 'cities',
  zones: 'zones',
  overlayKeepOut: 'overlay-keep-out',
} as const;

export const LAYER = {
  background: 'background',
  countriesFill: 'countries-fill',
  countriesLine: 'countries-line',
  provincesFill: 'provinces-fill',
  provincesShade: 'provinces-shade',
  provincesLine: 'provinces-line',
  citiesLabel: 'cities-label',
  provinceLabels: 'province-labels',
  zonesMarked: 'zones-marked',
  zonesSelected: 'zones-selected',
  zonesApproximate: 'zones-approximate',
  zonesCircle: 'zones-circle',
  zonesLabel: 'zones-label',
  overlayKeepOut: 'overlay-keep-out',
} as const;

/**
 * An empty image the size of a zone's dot, set as each zone label's icon: labels avoid icons, so
 * no label is placed over another zone's dot (a dot under a label is a zone no one sees).
 */
export const KEEP_OUT_IMAGE = 'zone-keep-out';
export const KEEP_OUT_PX = 16;

/**
 * The legends, the zoom buttons, the scale bar and the credits lie over the map. An empty icon the
 * size of each (plus a margin), in the topmost layer, is placed before every label, so no label is
 * drawn under one of them: a label gives way or takes another side of its dot instead.
 */
export const OVERLAY_KEEP_OUT_PREFIX = 'overlay-keep-out:';
const OVERLAY_MARGIN_PX = 3;

/** The empty image for an overlay box: whole pixels, with the margin on every side. */
export const overlayKeepOutImage = (width: number, height: number) =>
  `${OVERLAY_KEEP_OUT_PREFIX}${Math.ceil(width) + 2 * OVERLAY_MARGIN_PX}x${Math.ceil(height) + 2 * OVERLAY_MARGIN_PX}`;

/** The size an overlay keep-out image's id names, or null for any other image id. */
export function overlayKeepOutSize(imageId: string): { width: number; height: number } | null {
  const m = new RegExp(`^${OVERLAY_KEEP_OUT_PREFIX}(\\d+)x(\\d+)$`).exec(imageId);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : null;
}

/**
 * One point per overlay, at the place on the map under the overlay's centre, carrying the empty
 * image of the overlay's size. `unproject` turns a pixel on the map into longitude and latitude.
 */
export function overlayKeepOuts(boxes: readonly Box[], unproject: (x: number, y: number) => [number, number]) {
  return {
    type: 'FeatureCollection' as const,
    features: boxes
      .filter((b) => b.right > b.left && b.bottom > b.top)
      .map((b) => ({
        type: 'Feature' as const,
        properties: { image: overlayKeepOutImage(b.right - b.left, b.bottom - b.top) },
        geometry: { type: 'Point' as const, coordinates: unproject((b.left + b.right) / 2, (b.top + b.bottom) / 2) },
      })),
  };
}

/**
 * Reference places (prefecture-level cities and prefectures) appear from this zoom on, so the whole
 * country stays uncluttered and a zoomed-in zone has named places around it.
 */
export const CITY_MIN_ZOOM = 5;
/** The small grey dot a reference place's label stands beside, drawn at twice the CSS resolution. */
export const CITY_DOT_IMAGE = 'city-dot';
export const CITY_DOT = { px: 12, pixelRatio: 2, radius: 3.2, ring: 1.3, fill: [0x8a, 0x84, 0x77], ringColour: [0xff, 0xff, 0xff] } as const;

/** The dot's RGBA pixels: a grey disc in a white ring, anti-aliased over one pixel, transparent outside. */
export function cityDotPixels(): Uint8Array {
  const { px, radius, ring, fill, ringColour } = CITY_DOT;
  const data = new Uint8Array(px * px * 4);
  const c = (px - 1) / 2;
  for (let y = 0; y < px; y++)
    for (let x = 0; x < px; x++) {
      const d = Math.hypot(x - c, y - c);
      const alpha = Math.max(0, Math.min(1, radius + ring + 0.5 - d));
      const colour = d <= radius ? fill : ringColour;
      const i = 4 * (y * px + x);
      // premultiplied alpha is not expected by addImage: plain RGBA
      data[i] = colour[0];
      data[i + 1] = colour[1];
      data[i + 2] = colour[2];
      data[i + 3] = Math.round(alpha * 255);
    }
  return data;
}

/** Layers whose features a click or hover resolves to a zone id. */
export const INTERACTIVE_LAYERS = [LAYER.zonesCircle] as const;

/** Local fonts, tried in order: MapLibre draws them itself when the style has no glyphs URL. */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];
/** English labels in a Latin face first, so apostrophes (Xi'an) are not set full-width. */
export const LABEL_FONTS_EN = ['Helvetica Neue', 'Arial', 'Liberation Sans', 'Noto Sans', ...LABEL_FONTS];
export const labelFonts = (lang: Lang) => (lang === 'en' ? LABEL_FONTS_EN : LABEL_FONTS);

const typeColor: ExpressionSpecification = [
  'match',
  ['get', 'type'],
  'new-area',
  zoneTypeColor['new-area'],
  'high-tech-zone',
  zoneTypeColor['high-tech-zone'],
  'etdz',
  zoneTypeColor.etdz,
  'bonded-zone',
  zoneTypeColor['bonded-zone'],
  '#888888',
];

// Hover on the map and highlight from a chart or list look the same: linked highlighting.
const hovered: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'highlight'], false],
];
const marked: ExpressionSpecification = ['boolean', ['feature-state', 'marked'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export const nameField = (lang: Lang): ExpressionSpecification => ['get', lang === 'en' ? 'name_en' : 'name_zh'];
/** Zone labels and reference places use the short names their features carry. */
export const zoneLabelField = (lang: Lang): ExpressionSpecification => ['get', lang === 'en' ? 'label_en' : 'label_zh'];

export function buildLayers(lang: Lang): LayerSpecification[] {
  return withPresentation(false, [
    { id: LAYER.background, type: 'background', paint: { 'background-color': ui.water } },
    { id: LAYER.countriesFill, type: 'fill', source: SOURCE.countries, paint: { 'fill-color': ui.neighbour } },
    { id: LAYER.countriesLine, type: 'line', source: SOURCE.countries, paint: { 'line-color': '#c9c6bf', 'line-width': 0.6 } },
    {
      id: LAYER.provincesFill,
      type: 'fill',
      source: SOURCE.provinces,
      paint: { 'fill-color': ui.land, 'fill-outline-color': ui.landOutline },
    },
    {
      // Shading by an aggregate sits over the land, translucent so borders and dots stay legible.
      id: LAYER.provincesShade,
      type: 'fill',
      source: SOURCE.provinces,
      paint: { 'fill-color': provinceFillColour(null), 'fill-opacity': 0.7 },
    },
    {
      id: LAYER.provincesLine,
      type: 'line',
      source: SOURCE.provinces,
      paint: { 'line-color': ui.landOutline },
    },
    {
      // Under the province labels and the zones: where labels collide, those are placed first.
      id: LAYER.citiesLabel,
      type: 'symbol',
      source: SOURCE.cities,
      minzoom: CITY_MIN_ZOOM,
      layout: {
        'text-field': zoneLabelField(lang),
        'text-font': labelFonts(lang),
        'icon-image': CITY_DOT_IMAGE,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-padding': 3,
        // provincial capitals (rank 0) are placed before the other places
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': ui.place, 'text-halo-color': ui.land, 'text-halo-width': 1.4 },
    },
    {
      id: LAYER.provinceLabels,
      type: 'symbol',
      source: SOURCE.provinceLabels,
      layout: {
        'text-field': nameField(lang),
        'text-font': labelFonts(lang),
        'text-padding': 4,
      },
      paint: { 'text-color': '#8a8477', 'text-halo-color': ui.land, 'text-halo-width': 1.2 },
    },
    {
      // A dot whose position is only approximate sits in a soft halo of its colour: the place is fuzzy.
      // Drawn under the compare and selection rings, so they keep their colours.
      id: LAYER.zonesApproximate,
      type: 'circle',
      source: SOURCE.zones,
      filter: approximateFilter(null),
      paint: {
        'circle-color': typeColor,
        'circle-opacity': APPROXIMATE_HALO.opacity,
        'circle-blur': APPROXIMATE_HALO.blur,
      },
    },
    {
      id: LAYER.zonesMarked,
      type: 'circle',
      source: SOURCE.zones,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': ui.compare,
      },
    },
    {
      id: LAYER.zonesSelected,
      type: 'circle',
      source: SOURCE.zones,
      filter: ['==', ['get', 'id'], ''],
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': ui.highlight,
      },
    },
    {
      id: LAYER.zonesCircle,
      type: 'circle',
      source: SOURCE.zones,
      layout: { 'circle-sort-key': markerOrder(null, []) },
      paint: {
        'circle-color': typeColor,
        'circle-stroke-color': ['case', hovered, ui.highlight, selected, ui.highlight, '#ffffff'],
      },
    },
    {
      id: LAYER.zonesLabel,
      type: 'symbol',
      source: SOURCE.zones,
      layout: {
        'text-field': zoneLabelField(lang),
        'text-font': labelFonts(lang),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-right'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'text-padding': 2,
        'symbol-sort-key': labelPriority(null, []),
        'icon-image': KEEP_OUT_IMAGE,
        // The dot's place is always kept; its label gives way when there is no room for it.
        'icon-allow-overlap': true,
        'text-optional': true,
      },
      paint: {
        'text-color': ui.ink,
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.6,
      },
    },
    {
      // Topmost, so placed first: every label below avoids the overlays' boxes.
      id: LAYER.overlayKeepOut,
      type: 'symbol',
      source: SOURCE.overlayKeepOut,
      layout: { 'icon-image': ['get', 'image'], 'icon-allow-overlap': true },
    },
  ]);
}

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type LayoutName = Parameters<MapLibreMap['setLayoutProperty']>[1];
type StyleValue = number | ExpressionSpecification;

/** One paint or layout property that presentation mode changes: layer, kind, property, value. */
export type PresentationProperty =
  | readonly [layer: string, kind: 'paint', property: PaintName, value: StyleValue]
  | readonly [layer: string, kind: 'layout', property: LayoutName, value: StyleValue];

/**
 * Every style property that presentation mode changes, with its value on or off: the layers are
 * built with the "off" values and the map sets the whole list when presentation toggles, so a
 * property cannot be sized for one mode and forgotten in the other.
 */
export function presentationStyle(on: boolean): PresentationProperty[] {
  const o = presentationOverrides(on);
  return [
    [LAYER.provincesLine, 'paint', 'line-width', o.provinceLine],
    [LAYER.citiesLabel, 'layout', 'text-size', o.cityText],
    [LAYER.citiesLabel, 'layout', 'icon-size', o.cityDot],
    [LAYER.provinceLabels, 'layout', 'text-size', o.provinceText],
    [LAYER.zonesApproximate, 'paint', 'circle-radius', o.approximateRadius],
    [LAYER.zonesMarked, 'paint', 'circle-radius', o.markedRadius],
    [LAYER.zonesMarked, 'paint', 'circle-stroke-width', o.markedStrokeWidth],
    [LAYER.zonesSelected, 'paint', 'circle-radius', o.selectedRadius],
    [LAYER.zonesSelected, 'paint', 'circle-stroke-width', o.selectedStrokeWidth],
    [LAYER.zonesCircle, 'paint', 'circle-radius', o.circleRadius],
    [LAYER.zonesCircle, 'paint', 'circle-stroke-width', o.circleStrokeWidth],
    [LAYER.zonesLabel, 'layout', 'text-size', o.zoneText],
    [LAYER.zonesLabel, 'layout', 'icon-size', o.keepOut],
  ];
}

/** The layers with a mode's presentation properties written in. */
function withPresentation(on: boolean, layers: LayerSpecification[]): LayerSpecification[] {
  for (const [id, kind, property, value] of presentationStyle(on)) {
    const layer = layers.find((l) => l.id === id) as { paint?: Record<string, unknown>; layout?: Record<string, unknown> } | undefined;
    if (!layer) throw new Error(`presentation property for a missing layer: ${id}`);
    (layer[kind] ??= {})[property] = value;
  }
  return layers;
}

/**
 * Which labels win where they collide (lower is placed first): the selected zone, then the zones in
 * the compare set, then national new areas, then the rest. Layout properties cannot read feature
 * state, so the ids are written into the expression and it is set again when they change.
 */
export function labelPriority(selectedId: string | null, markedIds: readonly string[]): ExpressionSpecification {
  return [
    'case',
    ['in', ['get', 'id'], ['literal', selectedId ? [selectedId] : []]],
    0,
    ['in', ['get', 'id'], ['literal', [...markedIds]]],
    1,
    ['==', ['get', 'type'], 'new-area'],
    2,
    3,
  ];
}

/** Marker drawing order (higher is drawn on top): the same ranking, so the selected dot is never hidden. */
export const markerOrder = (selectedId: string | null, markedIds: readonly string[]): ExpressionSpecification => [
  '-',
  3,
  labelPriority(selectedId, markedIds),
];

/** The filter that puts the selection ring on one zone (or none). */
export const selectedFilter = (id: string | null): ExpressionSpecification => ['==', ['get', 'id'], id ?? ''];

/** Zones shown under the current filters; null shows all. */
export const visibleFilter = (ids: readonly string[] | null): ExpressionSpecification | null =>
  ids === null ? null : ['in', ['get', 'id'], ['literal', [...ids]]];

/** The halo of an approximate position: translucent and soft-edged, reaching a little beyond the dot. */
export const APPROXIMATE_HALO = { opacity: 0.45, blur: 0.4, beyondDot: 7 };

/** The shown zones (null: all) whose position is only approximate: they get the halo. */
export function approximateFilter(ids: readonly string[] | null): ExpressionSpecification {
  const approximate: ExpressionSpecification = ['==', ['get', 'approximate'], true];
  const visible = visibleFilter(ids);
  return visible ? ['all', approximate, visible] : approximate;
}

const noShade = 'rgba(0,0,0,0)';

/** Province shading from a colour per province name; provinces without one stay unshaded. */
export function provinceFillColour(colours: Readonly<Record<string, string>> | null): ExpressionSpecification | string {
  const pairs = Object.entries(colours ?? {}).flat();
  // The spec's tuple type cannot express a variadic list of label-value pairs.
  return pairs.length ? (['match', ['get', 'name_zh'], ...pairs, noShade] as unknown as ExpressionSpecification) : noShade;
}

/** Zone labels grow from 12 px at zoom 3 to 16 px at zoom 8, half as large again when presenting. */
const ZONE_TEXT = { fromZoom: 3, from: 12, toZoom: 8, to: 16, presenting: 1.5 };
const zoneTextScale = (presentation: boolean) => (presentation ? ZONE_TEXT.presenting : 1);

/** The zone labels' size in px at a zoom, as their layer's `text-size` interpolates it. */
export function zoneTextSize(presentation: boolean, zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - ZONE_TEXT.fromZoom) / (ZONE_TEXT.toZoom - ZONE_TEXT.fromZoom)));
  return (ZONE_TEXT.from + t * (ZONE_TEXT.to - ZONE_TEXT.from)) * zoneTextScale(presentation);
}

/**
 * The compare and selection rings: their inner edge lies this many px (times the scale) beyond the
 * dot's radius, clear of the dot's stroke (1.5 px, or 2.5 px hovered), so a ring stays visible at
 * every zoom, hovered or not, and grows with the dots when presenting.
 */
export const RING = { marked: { beyondDot: 4, width: 2.5 }, selected: { beyondDot: 6, width: 3 } };

/** A zone dot's radius, larger on hover, scaled by `k`, plus `extra` px (the halo and the rings reach beyond the dot). */
const dotRadius = (k: number, extra = 0): ExpressionSpecification => [
  'interpolate', ['linear'], ['zoom'],
  3, ['case', hovered, 8 * k + extra, 6 * k + extra],
  8, ['case', hovered, 13 * k + extra, 10 * k + extra],
];

/** Thicker markers and larger labels for a projector, as paint and layout overrides. */
export function presentationOverrides(on: boolean) {
  const k = on ? 1.6 : 1;
  return {
    circleRadius: dotRadius(k),
    circleStrokeWidth: ['case', hovered, 2.5 * k, 1.5 * k] as ExpressionSpecification,
    /** the approximate-position halo: the dot's radius (larger on hover) and a few px more */
    approximateRadius: dotRadius(k, APPROXIMATE_HALO.beyondDot * k),
    markedRadius: dotRadius(k, RING.marked.beyondDot * k),
    markedStrokeWidth: ['case', marked, RING.marked.width * k, 0] as ExpressionSpecification,
    selectedRadius: dotRadius(k, RING.selected.beyondDot * k),
    selectedStrokeWidth: RING.selected.width * k,
    zoneText: ['interpolate', ['linear'], ['zoom'], ZONE_TEXT.fromZoom, ZONE_TEXT.from * zoneTextScale(on), ZONE_TEXT.toZoom, ZONE_TEXT.to * zoneTextScale(on)] as ExpressionSpecification,
    provinceText: ['interpolate', ['linear'], ['zoom'], 3, 11 * (on ? 1.6 : 1), 7, 15 * (on ? 1.4 : 1)] as ExpressionSpecification,
    provinceLine: on ? 1.6 : 0.8,
    /** reference places: small type, larger when presenting, and the dot beside it */
    cityText: ['interpolate', ['linear'], ['zoom'], CITY_MIN_ZOOM, 11 * (on ? 1.5 : 1), 9, 13 * (on ? 1.5 : 1)] as ExpressionSpecification,
    cityDot: on ? 1.5 : 1,
    /** the scale bar's longest length in px: MapLibre draws it at least half of that, which in presentation type must still hold its label ("1000 km") */
    scaleMaxWidth: on ? 200 : 120,
    /** the keep-out icon's scale: the dot's diameter, stroke included, at zoom 3 and 8 */
    keepOut: ['interpolate', ['linear'], ['zoom'], 3, (2 * 7.5 * k) / KEEP_OUT_PX, 8, (2 * 11.5 * k) / KEEP_OUT_PX] as ExpressionSpecification,
  };
}
