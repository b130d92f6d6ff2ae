import type { Lang } from '../../lib/i18n';
import type { ZoneProperties } from '../../schemas/zone';

export type ZoneNoteField = 'area_note' | 'notes';

/** A note and the language it is written in, so the page can mark it with `lang`. */
export type LocalNote = { text: string; lang: Lang };

/** The zone's note in the reader's language, or in the other one when only that exists. */
export function zoneNote(zone: ZoneProperties, field: ZoneNoteField, lang: Lang): LocalNote | null {
  const versions: Record<Lang, string | undefined> = { en: zone[field], zh: zone[`${field}_zh`] };
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const chosen = versions[lang] ? lang : versions[other] ? other : null;
  return chosen ? { text: versions[chosen] ?? '', lang: chosen } : null;
}
