import { z } from 'zod';
import { zoneIdSchema } from './zone';

/** A fact about an article; `inferred` values are not printed in the article and are shown as uncertain. */
const knownOrInferred = z.object({
  value: z.string().nullable(),
  /** the value for the other language's readers, when `value` is in one language only (a date in English, a paper's Chinese name) */
  value_zh: z.string().min(1).optional(),
  value_en: z.string().min(1).optional(),
  inferred: z.boolean(),
  note: z.string().optional(),
});

export const excerptSchema = z.object({
  id: z.string().regex(/^\d{3}-[a-z0-9-]+$/, 'must be <article id>-<slug>'),
  zones: z.array(zoneIdSchema).min(1),
  /** verbatim: with white space removed, a substring of the article with white space removed; gaps joined by …… */
  text: z.string().min(4),
  /** an English summary written by this project, not a translation of the printed text */
  summary_en: z.string().optional(),
});
export type Excerpt = z.infer<typeof excerptSchema>;

export const articleSchema = z.object({
  id: z.string().regex(/^\d{3}$/),
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  headline: z.string().min(1),
  /** the headline in English, translated by this project (the printed headline stays the title) */
  headline_en: z.string().min(1).optional(),
  byline: z.string().min(1),
  /** the byline for English readers: names in pinyin, roles translated (shown before the printed byline) */
  byline_en: z.string().min(1).optional(),
  publication: knownOrInferred,
  date: knownOrInferred,
  excerpts: z.array(excerptSchema),
});
export type Article = z.infer<typeof articleSchema>;

export const articlesFileSchema = z.array(articleSchema).min(1).superRefine((articles, ctx) => {
  const seen = new Set<string>();
  for (const a of articles)
    for (const e of a.excerpts) {
      if (!e.id.startsWith(`${a.id}-`)) ctx.addIssue({ code: 'custom', message: `excerpt ${e.id} is filed under article ${a.id}` });
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', message: `duplicate excerpt id "${e.id}"` });
      seen.add(e.id);
    }
});
