import { z } from 'zod';

/**
 * A reference place on the map (a prefecture-level division, or a city or county under a province
 * directly), as the basemap build writes it; `short_*` is its name without its kind (大理 for 大理州).
 */
export type Place = { name_zh: string; label_zh: string; label_en: string; short_zh: string; short_en: string; province: string; lngLat: readonly [number, number]; rank?: number };

/** `public/basemap/cities.geojson`, read as a list of places. */
export const placesSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        properties: z.object({ name_zh: z.string(), label_zh: z.string(), label_en: z.string(), short_zh: z.string(), short_en: z.string(), province: z.string(), rank: z.number().optional() }),
        geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      }),
    ),
  })
  .transform((fc): Place[] => fc.features.map((f) => ({ ...f.properties, lngLat: f.geometry.coordinates })));
