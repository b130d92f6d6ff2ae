import { zoneIdSchema } from '../schemas/zone';

import type { Lang } from '../lib/i18n';
export type { Lang };

/** What the URL's query string selects. The camera lives in the hash (#map=zoom/lat/lng), owned by the map. */
export type UrlState = {
  zone: string | null;
  lang: Lang | null;
};

export const emptyUrlState: UrlState = { zone: null, lang: null };

const isZoneId = (value: string | null): value is string => value !== null && zoneIdSchema.safeParse(value).success;

/** Garbage is dropped, never thrown: a malformed link still opens the app. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const zone = params.get('zone')?.trim().toLowerCase() ?? null;
  const lang = params.get('lang');
  return {
    zone: isZoneId(zone) ? zone : null,
    lang: lang === 'zh' || lang === 'en' ? lang : null,
  };
}

/** Canonical query string (with leading "?", or "" when empty); keys in a fixed order. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.zone) params.set('zone', state.zone);
  if (state.lang) params.set('lang', state.lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}
