import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildLayers, INTERACTIVE_LAYERS, LAYER, SOURCE } from './layers';

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
  });
});
