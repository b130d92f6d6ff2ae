import type { Citation } from '../schemas/citation';

/**
 * A citation on one line: publisher · title · document number · date · address, whether the address
 * was seen, and whether the source gives a different value from the one shown.
 */
export function citationLine(c: Citation, unconfirmed = 'address not confirmed', disagrees = 'gives a different value'): string {
  const parts = [c.publisher, c.title, c.doc_no, c.date, c.url].filter(Boolean).join(' · ');
  const flags = [c.url_status === 'unconfirmed' ? unconfirmed : null, c.disagrees ? disagrees : null].filter(Boolean);
  return flags.length ? `${parts} (${flags.join('; ')})` : parts;
}
