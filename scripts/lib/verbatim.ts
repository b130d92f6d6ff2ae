/**
 * The verbatim rule for quotations from the seed articles: with all white space removed, a quote
 * is a substring of the article with all white space removed; where a quote skips text, its
 * verbatim pieces are joined with "……" and must appear in the article in that order.
 */

export const GAP = '……';

/** Removes every white-space character, including the ideographic space and no-break spaces. */
export function normalize(text: string): string {
  return text.replace(/[\s\u3000\u00a0\ufeff\u200b]+/gu, '');
}

export function splitPieces(quote: string): string[] {
  return normalize(quote)
    .split(GAP)
    .filter((p) => p.length > 0);
}

export type VerbatimResult = { ok: true } | { ok: false; piece: string; reason: 'not-found' | 'out-of-order' | 'empty' };

/** Checks a quote against the full text of its article. */
export function checkVerbatim(quote: string, article: string): VerbatimResult {
  const source = normalize(article);
  const pieces = splitPieces(quote);
  if (pieces.length === 0) return { ok: false, piece: quote, reason: 'empty' };
  let from = 0;
  for (const piece of pieces) {
    const at = source.indexOf(piece, from);
    if (at === -1) return { ok: false, piece, reason: source.includes(piece) ? 'out-of-order' : 'not-found' };
    from = at + piece.length;
  }
  return { ok: true };
}

export function isVerbatim(quote: string, article: string): boolean {
  return checkVerbatim(quote, article).ok;
}
