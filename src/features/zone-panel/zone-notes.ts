import type { Lang } from '../../lib/i18n';
import { localNote, type LocalNote } from '../../lib/local-note';
import type { ZoneProperties } from '../../schemas/zone';

export type ZoneNoteField = 'area_note' | 'notes';

/** The zone's note in the reader's language, or in the other one when only that exists. */
export const zoneNote = (zone: ZoneProperties, field: ZoneNoteField, lang: Lang): LocalNote | null =>
  localNote({ en: zone[field], zh: zone[`${field}_zh`] }, lang);
