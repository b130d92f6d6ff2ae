import { z } from 'zod';
import { zoneIdSchema, zoneTypeSchema } from './zone';

/** Text a speaker reads aloud, in both languages; written by this project, never a quotation. */
export const bilingualSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;

/** Same bounds as zone points: a swapped [lat, lng] fails here instead of flying to the ocean. */
export const tourViewSchema = z.strictObject({
  center: z.tuple([z.number().min(73).max(136), z.number().min(3).max(54)]),
  zoom: z.number().min(2).max(16),
});
export type TourView = z.infer<typeof tourViewSchema>;

/** The article a caption draws on; any number a caption cites must be printed there. */
export const tourArticleSourceSchema = z
  .strictObject({
    article_id: z.string().regex(/^\d{3}$/),
    excerpt_id: z.string().regex(/^\d{3}-[a-z0-9-]+$/).optional(),
  })
  .refine((s) => !s.excerpt_id || s.excerpt_id.startsWith(`${s.article_id}-`), {
    message: 'excerpt_id must belong to article_id',
    path: ['excerpt_id'],
  });

/**
 * Or the atlas's own zone data: approval dates and counts of the zones in data/zones.geojson, each
 * cited there. The data check holds a zone step's caption to its zone's approval date.
 */
export const tourDataSourceSchema = z.strictObject({ data: z.literal('zones') });

export const tourSourceSchema = z.union([tourArticleSourceSchema, tourDataSourceSchema]);
export type TourSource = z.infer<typeof tourSourceSchema>;

const stepBase = {
  view: tourViewSchema,
  caption: bilingualSchema,
  source: tourSourceSchema.optional(),
};

// Strict objects: a `compare` list on a zone step is a mistake in the data, not something to ignore.
const zoneStepSchema = z.strictObject({ kind: z.literal('zone'), zone: zoneIdSchema, ...stepBase });

const compareStepSchema = z.strictObject({
  kind: z.literal('compare'),
  // 12 is the URL's MAX_COMPARE; a longer list would be cut when written to the link.
  compare: z
    .array(zoneIdSchema)
    .min(2)
    .max(12)
    .refine((ids) => new Set(ids).size === ids.length, 'compare ids must be unique'),
  ...stepBase,
});

const regionsStepSchema = z.strictObject({
  kind: z.literal('regions'),
  /** zone types the step is about; absent means all */
  types: z.array(zoneTypeSchema).min(1).optional(),
  ...stepBase,
});

const playbackStepSchema = z
  .strictObject({
    kind: z.literal('playback'),
    // 1984: the first national ETDZ (Dalian); no zone in the atlas is older.
    from: z.number().int().min(1984),
    to: z.number().int().max(2100),
    types: z.array(zoneTypeSchema).min(1).optional(),
    ...stepBase,
  })
  .refine((s) => s.to > s.from, { message: 'playback needs to > from', path: ['to'] });

export const tourStepSchema = z.discriminatedUnion('kind', [zoneStepSchema, compareStepSchema, regionsStepSchema, playbackStepSchema]);
export type TourStep = z.infer<typeof tourStepSchema>;
export type TourStepKind = TourStep['kind'];

export const tourSchema = z.strictObject({
  id: zoneIdSchema,
  title: bilingualSchema,
  description: bilingualSchema.optional(),
  steps: z.array(tourStepSchema).min(1),
});
export type Tour = z.infer<typeof tourSchema>;

export const toursFileSchema = z.array(tourSchema).min(1).superRefine((tours, ctx) => {
  const seen = new Set<string>();
  tours.forEach((t, i) => {
    if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate tour id "${t.id}"` });
    seen.add(t.id);
  });
});
export type ToursFile = z.infer<typeof toursFileSchema>;

/** Every zone id a step refers to, for reference checks and for the map's highlight. */
export function stepZoneIds(step: TourStep): string[] {
  if (step.kind === 'zone') return [step.zone];
  if (step.kind === 'compare') return step.compare;
  return [];
}
