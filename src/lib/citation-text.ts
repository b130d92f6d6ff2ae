import type { Citation } from '../schemas/citation';

/** A citation on one line: publisher · title · document number · date · address, and whether the address was seen. */
export function citationLine(c: Citation, unconfirmed = 'address not confirmed'): string {
  const parts = [c.publisher, c.title, c.doc_no, c.date, c.url].filter(Boolean).join(' · ');
  return c.url_status === 'unconfirmed' ? `${parts} (${unconfirmed})` : parts;
}
