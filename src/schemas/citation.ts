import { z } from 'zod';

/** A public source a reader can follow: an official page, a State Council document, an encyclopaedia entry. */
export const citationSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url().optional(),
  /**
   * Whether the page was seen at that address when the data were curated ('seen'), or the
   * address was built from a page title and could not be confirmed ('unconfirmed').
   */
  url_status: z.enum(['seen', 'unconfirmed']).optional(),
  /** e.g. a State Council document number such as 国函〔2012〕104号 */
  doc_no: z.string().optional(),
  date: z.string().optional(),
  /** the words the fact was read from, quoted as printed, and the curators' remarks on the page */
  note: z.string().optional(),
  /** the note for Chinese readers: the remarks in Chinese, quotations kept as printed; absent when the note is only a quotation */
  note_zh: z.string().optional(),
  /**
   * The source gives a different value from the one shown (another figure, date or place), and is
   * cited so that the disagreement can be followed; it does not support the value shown.
   */
  disagrees: z.literal(true).optional(),
});
export type Citation = z.infer<typeof citationSchema>;
