import { z } from 'zod';

/** A reference place on the map (a prefecture-level city), as the basemap build writes it. */
export type Place = { name_zh: string; label_zh: string; label_en: string; lngLat: readonly [number, number] };

/** `public/basemap/cities.geojson`, read as a list of places. */
export const placesSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        properties: z.object({ name_zh: z.string(), label_zh: z.string(), label_en: z.string() }),
        geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      }),
    ),
  })
  .transform((fc): Place[] => fc.features.map((f) => ({ ...f.properties, lngLat: f.geometry.coordinates })));
