import { z } from 'zod';
import { citationSchema } from './citation';

export const zoneTypes = ['new-area', 'high-tech-zone', 'etdz', 'bonded-zone'] as const;
export const zoneTypeSchema = z.enum(zoneTypes);
export type ZoneType = z.infer<typeof zoneTypeSchema>;

export const regions = ['east', 'central', 'west', 'northeast'] as const;
export const regionSchema = z.enum(regions);
export type Region = z.infer<typeof regionSchema>;

export const zoneIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/** ISO date, year-month or year. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const uncertainField = z.enum(['approved', 'area_km2', 'position', 'city', 'industries']);

export const zonePropertiesSchema = z.object({
  id: zoneIdSchema,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  type: zoneTypeSchema,
  province: z.string().min(2),
  city: z.string().min(1),
  region: regionSchema.optional(),
  approved: partialDateSchema,
  area_km2: z.number().positive().nullable(),
  /** which figure, when sources differ (e.g. "planned area in the State Council reply") */
  area_note: z.string().optional(),
  /** the same note in Chinese, for Chinese readers; the data check requires it beside every area_note */
  area_note_zh: z.string().optional(),
  industries: z.array(z.object({ zh: z.string().min(1), en: z.string().min(1) })).default([]),
  summary_zh: z.string().optional(),
  summary_en: z.string().optional(),
  sources: z
    .object({
      approved: z.array(citationSchema).default([]),
      area_km2: z.array(citationSchema).default([]),
      position: z.array(citationSchema).default([]),
    })
    .default({ approved: [], area_km2: [], position: [] }),
  /** facts that are not settled: shown to readers as uncertain */
  uncertain: z.array(uncertainField).default([]),
  notes: z.string().optional(),
  notes_zh: z.string().optional(),
});
export type ZoneProperties = z.infer<typeof zonePropertiesSchema>;

export const zoneFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: zoneIdSchema,
    geometry: z.object({
      type: z.literal('Point'),
      coordinates: z.tuple([z.number().min(73).max(136), z.number().min(3).max(54)]),
    }),
    properties: zonePropertiesSchema,
  })
  .refine((f) => f.id === f.properties.id, { message: 'feature id and properties.id differ' });
export type ZoneFeature = z.infer<typeof zoneFeatureSchema>;

export const zoneCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(zoneFeatureSchema).min(1),
  })
  .superRefine((fc, ctx) => {
    const seen = new Set<string>();
    fc.features.forEach((f, i) => {
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: ['features', i, 'id'], message: `duplicate zone id "${f.id}"` });
      seen.add(f.id);
    });
  });
export type ZoneCollection = z.infer<typeof zoneCollectionSchema>;
