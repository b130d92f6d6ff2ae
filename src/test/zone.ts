import { zoneFeatureSchema, type ZoneFeature } from '../schemas/zone';

/** A valid zone feature for tests: every required field has a default; a test gives what it cares about. */
export function testZone(id: string, properties: Record<string, unknown> = {}, coordinates: [number, number] = [110, 30]): ZoneFeature {
  return zoneFeatureSchema.parse({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { id, name_zh: id, name_en: id, type: 'new-area', province: '某省', city: '某市', approved: '2014', area_km2: null, ...properties },
  });
}
