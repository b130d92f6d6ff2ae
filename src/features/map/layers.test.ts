import { expression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { approximateFilter, buildLayers, presentationStyle, CITY_DOT, CITY_MIN_ZOOM, cityDotPixels, INTERACTIVE_LAYERS, LAYER, overlayKeepOutImage, overlayKeepOuts, overlayKeepOutSize, labelPriority, markerOrder, presentationOverrides, provinceFillColour, SOURCE, visibleFilter } from './layers';

function styleWith(lang: 'zh' | 'en') {
  const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  return {
    version: 8 as const,
    sources: Object.fromEntries(Object.values(SOURCE).map((id) => [id, empty])),
    layers: buildLayers(lang),
  };
}

describe('map layers', () => {
  it.each(['zh', 'en'] as const)('validate against the MapLibre style spec (%s)', (lang) => {
    expect(validateStyleMin(styleWith(lang))).toEqual([]);
  });

  it('have no glyphs URL to fetch, so labels use local fonts', () => {
    expect(styleWith('zh')).not.toHaveProperty('glyphs');
  });

  it('keep the interactive layers among the layers drawn', () => {
    const ids = buildLayers('zh').map((l) => l.id);
    for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf(LAYER.zonesLabel)).toBeGreaterThan(ids.indexOf(LAYER.zonesCircle));
    // the approximate-position halo lies under the compare and selection rings and under the dots
    for (const above of [LAYER.zonesMarked, LAYER.zonesSelected, LAYER.zonesCircle]) expect(ids.indexOf(LAYER.zonesApproximate)).toBeLessThan(ids.indexOf(above));
  });
});

describe('overlay keep-outs', () => {
  it('lie above every label layer, so they are placed before any label', () => {
    const layers = buildLayers('zh');
    const ids = layers.map((l) => l.id);
    expect(ids.at(-1)).toBe(LAYER.overlayKeepOut);
    expect(layers.at(-1)).toMatchObject({ type: 'symbol', source: SOURCE.overlayKeepOut, layout: { 'icon-image': ['get', 'image'], 'icon-allow-overlap': true } });
    expect(layers.at(-1)).not.toHaveProperty(['layout', 'icon-ignore-placement']);
  });

  it('put a point under the middle of each overlay, with an empty image of its size and a margin', () => {
    const boxes = [
      { left: 12, top: 600, right: 187.4, bottom: 737 },
      { left: 900, top: 700, right: 900, bottom: 720 }, // zero width: not a box
    ];
    const fc = overlayKeepOuts(boxes, (x, y) => [x / 10, -y / 10]);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]?.geometry.coordinates).toEqual([9.97, -66.85]);
    expect(fc.features[0]?.properties.image).toBe(overlayKeepOutImage(175.4, 137));
    expect(overlayKeepOutSize(overlayKeepOutImage(175.4, 137))).toEqual({ width: 176 + 6, height: 137 + 6 });
  });

  it('name only their own images', () => {
    expect(overlayKeepOutSize('zone-keep-out')).toBeNull();
    expect(overlayKeepOutSize('city-dot')).toBeNull();
    expect(overlayKeepOutSize('overlay-keep-out:12x')).toBeNull();
  });
});

describe('reference places', () => {
  it('lie under the province labels and every zone layer, so where labels collide those are placed first', () => {
    const ids = buildLayers('zh').map((l) => l.id);
    const places = ids.indexOf(LAYER.citiesLabel);
    expect(places).toBeGreaterThan(ids.indexOf(LAYER.provincesLine));
    for (const above of [LAYER.provinceLabels, LAYER.zonesApproximate, LAYER.zonesCircle, LAYER.zonesLabel]) expect(places).toBeLessThan(ids.indexOf(above));
  });

  it('appear only from zoom 5, in the language of the map, provincial capitals placed first', () => {
    const layer = (lang: 'zh' | 'en') => buildLayers(lang).find((l) => l.id === LAYER.citiesLabel);
    expect(layer('zh')).toMatchObject({ minzoom: CITY_MIN_ZOOM, layout: { 'text-field': ['get', 'label_zh'], 'symbol-sort-key': ['get', 'rank'] } });
    expect(layer('en')).toMatchObject({ layout: { 'text-field': ['get', 'label_en'] } });
    expect(CITY_MIN_ZOOM).toBe(5);
  });

  it('stand beside a grey dot in a white ring, transparent outside it', () => {
    const px = cityDotPixels();
    const at = (x: number, y: number) => Array.from(px.slice(4 * (y * CITY_DOT.px + x), 4 * (y * CITY_DOT.px + x) + 4));
    const mid = CITY_DOT.px / 2;
    expect(px).toHaveLength(CITY_DOT.px * CITY_DOT.px * 4);
    expect(at(mid, mid)).toEqual([...CITY_DOT.fill, 255]);
    expect(at(0, 0)[3]).toBe(0);
    // the ring, between the disc and the edge
    const ringX = Math.floor((CITY_DOT.px - 1) / 2 + CITY_DOT.radius + CITY_DOT.ring / 2);
    expect(at(ringX, mid).slice(0, 3)).toEqual([...CITY_DOT.ringColour]);
    expect(at(ringX, mid)[3]).toBeGreaterThan(128);
  });
});

describe('approximate-position halo', () => {
  // Evaluated by MapLibre's own expression engine, as the map applies it.
  const passes = (filter: ReturnType<typeof approximateFilter>) => {
    const compiled = expression.createExpression(filter, { type: 'boolean', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature'] }, transition: false } as never);
    if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
    return (id: string, approximate: boolean) => compiled.value.evaluate({ zoom: 4 }, { type: 'Point', properties: { id, approximate } } as never) as boolean;
  };

  it('surrounds only the zones whose position is approximate, and only those the filters show', () => {
    const all = passes(approximateFilter(null));
    expect(all('a-etdz', true)).toBe(true);
    expect(all('b-etdz', false)).toBe(false);
    const some = passes(approximateFilter(['a-etdz', 'b-etdz']));
    expect(some('a-etdz', true)).toBe(true);
    expect(some('b-etdz', false)).toBe(false);
    expect(some('c-etdz', true)).toBe(false);
  });

  it('reaches beyond the dot at every zoom, hovered or not, also when presenting', () => {
    const radius = (e: unknown) => {
      const compiled = expression.createExpression(e, { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] }, transition: false } as never);
      if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
      return (zoom: number, hover: boolean) => compiled.value.evaluate({ zoom }, { type: 'Point', properties: {} } as never, { hover }) as number;
    };
    for (const on of [false, true]) {
      const o = presentationOverrides(on);
      const [dot, halo] = [radius(o.circleRadius), radius(o.approximateRadius)];
      for (const zoom of [3, 5, 8, 12]) for (const hover of [false, true]) expect(halo(zoom, hover) - dot(zoom, hover)).toBeGreaterThanOrEqual(6);
    }
  });
});

describe('compare and selection rings', () => {
  // Evaluated by MapLibre's own expression engine, as the map applies them.
  const px = (e: unknown) => {
    const compiled = expression.createExpression(e, { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] }, transition: false } as never);
    if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
    return (zoom: number, state: { hover?: boolean; marked?: boolean }) => compiled.value.evaluate({ zoom }, { type: 'Point', properties: {} } as never, state) as number;
  };

  it.each([false, true])('stay visible around the dot and its stroke at every zoom, hovered or not (presenting: %s)', (on) => {
    const o = presentationOverrides(on);
    const [dot, dotStroke, marked, markedWidth, selected] = [px(o.circleRadius), px(o.circleStrokeWidth), px(o.markedRadius), px(o.markedStrokeWidth), px(o.selectedRadius)];
    for (const zoom of [3, 5, 8, 12])
      for (const hover of [false, true]) {
        const state = { hover, marked: true };
        const dotEdge = dot(zoom, state) + dotStroke(zoom, state);
        // each ring's stroke starts outside the dot's white edge, with at least 1.5 px to spare
        expect(marked(zoom, state) - dotEdge).toBeGreaterThanOrEqual(1.5);
        expect(selected(zoom, state) - dotEdge).toBeGreaterThanOrEqual(1.5);
        // the selection ring, drawn above, leaves part of the compare ring showing
        expect(selected(zoom, state)).toBeLessThan(marked(zoom, state) + markedWidth(zoom, state));
        // at least 1.5 px of the compare ring's colour shows inside the selection ring
        expect(selected(zoom, state) - marked(zoom, state)).toBeGreaterThanOrEqual(1.5);
      }
    expect(px(o.markedStrokeWidth)(5, { marked: false })).toBe(0);
    expect(validateStyleMin({
      version: 8 as const,
      sources: { [SOURCE.zones]: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } },
      layers: [
        { id: 'm', type: 'circle' as const, source: SOURCE.zones, paint: { 'circle-radius': o.markedRadius, 'circle-stroke-width': o.markedStrokeWidth } },
        { id: 's', type: 'circle' as const, source: SOURCE.zones, paint: { 'circle-radius': o.selectedRadius, 'circle-stroke-width': o.selectedStrokeWidth } },
      ],
    })).toEqual([]);
  });

  it('are thicker when presenting', () => {
    const [on, off] = [presentationOverrides(true), presentationOverrides(false)];
    expect(px(on.markedStrokeWidth)(5, { marked: true })).toBeGreaterThan(px(off.markedStrokeWidth)(5, { marked: true }));
    expect(on.selectedStrokeWidth).toBeGreaterThan(off.selectedStrokeWidth);
  });
});

describe('presentation style', () => {
  it('changes every sized property the overrides define (the scale bar is a control, not a layer)', () => {
    const on = presentationOverrides(true);
    const used = new Set(presentationStyle(true).map((p) => JSON.stringify(p[3])));
    for (const [key, value] of Object.entries(on)) if (key !== 'scaleMaxWidth') expect(used.has(JSON.stringify(value)), key).toBe(true);
  });

  it('builds the layers with its values for "off", and gives a valid style for "on"', () => {
    const layers = buildLayers('zh');
    const valueOf = (id: string, kind: 'paint' | 'layout', property: string) => (layers.find((l) => l.id === id) as unknown as Record<string, Record<string, unknown>>)[kind]?.[property];
    for (const [id, kind, property, value] of presentationStyle(false)) expect(valueOf(id, kind, property), `${id} ${property}`).toEqual(value);
    const presenting = structuredClone(layers) as unknown as Record<string, Record<string, unknown>>[];
    for (const [id, kind, property, value] of presentationStyle(true)) {
      const layer = presenting.find((l) => l.id === (id as unknown))!;
      layer[kind] = { ...layer[kind], [property]: value };
    }
    expect(validateStyleMin({ ...styleWith('zh'), layers: presenting as never })).toEqual([]);
    expect(JSON.stringify(presenting)).not.toEqual(JSON.stringify(layers));
  });
});

describe('dynamic layer properties', () => {
  const layer = (paint: Record<string, unknown>, layout: Record<string, unknown> = {}) => ({
    version: 8 as const,
    sources: { [SOURCE.provinces]: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } },
    layers: [{ id: 'x', type: 'fill' as const, source: SOURCE.provinces, paint, layout, filter: visibleFilter(['a-etdz', 'b-etdz']) ?? undefined }],
  });

  it('province shading and the visibility filter are valid style expressions', () => {
    expect(validateStyleMin(layer({ 'fill-color': provinceFillColour({ 甘肃省: '#123456', 云南省: '#654321' }) }))).toEqual([]);
    expect(provinceFillColour(null)).toBe(provinceFillColour({}));
    expect(visibleFilter(null)).toBeNull();
  });

  it('presentation overrides are valid and larger than the defaults', () => {
    const on = presentationOverrides(true);
    const off = presentationOverrides(false);
    const circle = {
      version: 8 as const,
      sources: { [SOURCE.zones]: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } },
      layers: [{ id: 'c', type: 'circle' as const, source: SOURCE.zones, paint: { 'circle-radius': on.circleRadius, 'circle-stroke-width': on.circleStrokeWidth } }],
    };
    expect(validateStyleMin(circle)).toEqual([]);
    expect(on.provinceLine).toBeGreaterThan(off.provinceLine);
    expect(JSON.stringify(on.zoneText)).not.toEqual(JSON.stringify(off.zoneText));
  });
});

describe('label priority', () => {
  // Evaluated by MapLibre's own expression engine: lower keys are placed first and win collisions.
  const keyOf = (selectedId: string | null, markedIds: string[], build = labelPriority) => {
    const spec: Parameters<typeof expression.createExpression>[2] = {
      type: 'number',
      'property-type': 'data-driven',
      expression: { interpolated: false, parameters: ['zoom', 'feature'] },
      transition: false,
    };
    const parsed = expression.createExpression(build(selectedId, markedIds), 'sort-key', spec);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return (id: string, type: string) => parsed.value.evaluate({ zoom: 4 }, { type: 'Point', properties: { id, type } } as never) as number;
  };

  it('puts the selected zone first, then the compare set, then new areas', () => {
    const key = keyOf('dalian-etdz', ['xian-high-tech-zone']);
    const order = [
      key('dalian-etdz', 'etdz'),
      key('xian-high-tech-zone', 'high-tech-zone'),
      key('dalian-jinpu-new-area', 'new-area'),
      key('tianjin-etdz', 'etdz'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(4);
  });

  it('draws the selected marker above the others, the compare set above the rest', () => {
    const drawn = keyOf('dalian-etdz', ['xian-high-tech-zone'], markerOrder);
    expect(drawn('dalian-etdz', 'etdz')).toBeGreaterThan(drawn('xian-high-tech-zone', 'high-tech-zone'));
    expect(drawn('xian-high-tech-zone', 'high-tech-zone')).toBeGreaterThan(drawn('dalian-jinpu-new-area', 'new-area'));
    expect(drawn('dalian-jinpu-new-area', 'new-area')).toBeGreaterThan(drawn('tianjin-etdz', 'etdz'));
  });

  it('with nothing selected, a new area still comes before an ETDZ', () => {
    const key = keyOf(null, []);
    expect(key('dalian-jinpu-new-area', 'new-area')).toBeLessThan(key('dalian-etdz', 'etdz'));
    expect(key('', 'etdz')).toBe(key('dalian-etdz', 'etdz'));
  });
});
