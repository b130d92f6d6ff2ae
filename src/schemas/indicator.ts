import { z } from 'zod';
import { citationSchema } from './citation';
import { zoneIdSchema, zoneTypes } from './zone';

export const articleSourceSchema = z.object({
  kind: z.literal('article'),
  article_id: z.string().regex(/^\d{3}$/),
  /** the sentence the number was taken from, verbatim */
  sentence: z.string().min(4),
});
export const publisherSourceSchema = citationSchema.extend({ kind: z.literal('publisher') });
export const indicatorSourceSchema = z.discriminatedUnion('kind', [articleSourceSchema, publisherSourceSchema]);
export type IndicatorSource = z.infer<typeof indicatorSourceSchema>;

export const indicatorDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  label_zh: z.string().min(1),
  label_en: z.string().min(1),
  /** 'level' values can be compared across zones; 'growth' and 'share' are percentages */
  kind: z.enum(['level', 'growth', 'share', 'count']),
  description_en: z.string().optional(),
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

export const indicatorRowSchema = z.object({
  /** a zone id, or a province name (scope province), or "national" */
  subject: z.union([zoneIdSchema, z.string().min(1)]),
  scope: z.enum(['zone', 'park', 'company', 'province', 'national']),
  /** for a national figure (and only there): the kind of zone it adds up, e.g. every national ETDZ */
  group: z.enum(zoneTypes).optional(),
  /** for park-level figures: the park, port or area within the zone that the figure describes */
  park: z.string().optional(),
  /** for company-level figures: the company the figure belongs to */
  company: z.string().optional(),
  /**
   * the park's or company's name for English readers, required when `park`/`company` is in Chinese:
   * a company's own English name where it has one, otherwise the project's rendering (pinyin for the
   * proper name, English for the rest), never presented as official
   */
  park_en: z.string().min(1).optional(),
  company_en: z.string().min(1).optional(),
  /** the zone a park, a company or a figure is reported under, when subject is not a zone */
  zone: zoneIdSchema.optional(),
  indicator: z.string().regex(/^[a-z0-9_]+$/),
  value: z.number(),
  /** as printed: 亿元, 万元, %, 家, 个, 万标准箱 … never converted */
  unit: z.string().min(1),
  /** 2023, 2024-H1, 2024-01/2024-08, 2024-06-30 (as of) … */
  period: z.string().min(4),
  /** qualifiers the source gives: 约, 超过, 不足 (不到), 近 (nearly), 至少, 预计 (a forecast or preliminary estimate) */
  qualifier: z.enum(['exact', 'about', 'over', 'under', 'nearly', 'at-least', 'estimate']).default('exact'),
  /** the curators' note in English, and `note_zh` the same in Chinese: both or neither */
  note: z.string().optional(),
  note_zh: z.string().optional(),
  source: indicatorSourceSchema,
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

export const indicatorsFileSchema = z
  .object({
    definitions: z.array(indicatorDefinitionSchema).min(1),
    rows: z.array(indicatorRowSchema),
  })
  .superRefine((file, ctx) => {
    const ids = new Set(file.definitions.map((d) => d.id));
    file.rows.forEach((r, i) => {
      if (!ids.has(r.indicator)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'indicator'], message: `unknown indicator "${r.indicator}"` });
      if ((r.scope === 'national') !== (r.group !== undefined)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'group'], message: r.scope === 'national' ? 'a national figure names the kind of zone it adds up (group)' : 'only a national figure has a group' });
    });
  });
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>;
