import { pinyin } from 'pinyin-pro';
import { kmBetween } from '../../lib/geo';
import { provinceEn } from '../../lib/provinces';
import type { Place } from '../../schemas/place';
import type { ZoneFeature } from '../../schemas/zone';


/** `near`: the zone is offered because it is among the nearest to a place the query names. */
export type Near = { place_zh: string; place_en: string; km: number };

export type SearchResult =
  | { kind: 'zone'; id: string; score: number; near?: Near }
  | { kind: 'province'; name: string; count: number; score: number };

/**
 * `starts`: every beginning of a name that ends on a whole syllable or word ("xi", "xixian" …);
 * `spans`: every run of whole syllables or words anywhere in it (陕西西咸 holds "xi" and "xixian").
 */
type Entry = { id: string; names: string[]; starts: Set<string>; spans: Set<string>; places: string[]; lngLat: readonly [number, number] };
export type SearchIndex = {
  zones: Entry[];
  provinces: { name: string; keys: string[]; count: number }[];
  places: { place: Place; keys: string[] }[];
};

/** How many zones a place offers, how far they may lie from it, and how many places one query may name (苏州 and 宿州 are both "suzhou"). */
export const NEAR = { zones: 3, withinKm: 200, places: 2 };


/** Lower case, no spaces or punctuation: "Xi'an High-tech" and "xian hightech" meet. */
export const normalise = (text: string) => text.toLowerCase().replace(/[\s'’\-·.,()（）]/g, '');

const syllables = (zh: string) => pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map(normalise).filter(Boolean);
const spelled = (zh: string) => syllables(zh).join('');
const words = (en: string) => en.split(/[\s\-/]+/).map(normalise).filter(Boolean);
const wholeStarts = (parts: string[]) => parts.map((_, i) => parts.slice(0, i + 1).join(''));
const wholeSpans = (parts: string[]) => parts.flatMap((_, i) => wholeStarts(parts.slice(i)));
const initials = (zh: string) => normalise(pinyin(zh, { pattern: 'first', toneType: 'none', type: 'array' }).join(''));
const readings = (zh: string) => [normalise(zh), spelled(zh), initials(zh)];

export function buildSearchIndex(zones: readonly ZoneFeature[], places: readonly Place[] = []): SearchIndex {
  const counts = new Map<string, number>();
  for (const z of zones) counts.set(z.properties.province, (counts.get(z.properties.province) ?? 0) + 1);
  return {
    zones: zones.map((z) => {
      const p = z.properties;
      return {
        id: z.id,
        names: [...readings(p.name_zh), normalise(p.name_en), ...p.aliases.flatMap(readings)],
        starts: new Set([...[p.name_zh, ...p.aliases].flatMap((zh) => wholeStarts(syllables(zh))), ...wholeStarts(words(p.name_en))]),
        spans: new Set([...[p.name_zh, ...p.aliases].flatMap((zh) => wholeSpans(syllables(zh))), ...wholeSpans(words(p.name_en))]),
        places: [...readings(p.city), ...readings(p.province), normalise(provinceEn[p.province] ?? '')].filter(Boolean),
        lngLat: z.geometry.coordinates as [number, number],
      };
    }),
    provinces: [...counts].map(([name, count]) => ({ name, count, keys: [...readings(name), normalise(provinceEn[name] ?? '')].filter(Boolean) })),
    // whole names only: a place is named, not guessed from a few letters
    places: places.map((place) => ({ place, keys: [normalise(place.name_zh), normalise(place.label_zh), spelled(place.label_zh), normalise(place.label_en)].filter(Boolean) })),
  };
}

function score(keys: readonly string[], q: string, exact: number, prefix: number, inner: number): number {
  let best = 0;
  for (const key of keys) {
    if (key === q) best = Math.max(best, exact);
    else if (key.startsWith(q)) best = Math.max(best, prefix);
    else if (key.includes(q)) best = Math.max(best, inner);
  }
  return best;
}

/** The zones nearest to each place the query names in full, that the query did not find by themselves. */
function nearPlaces(index: SearchIndex, q: string, found: ReadonlySet<string>): SearchResult[] {
  const named = index.places.filter((p) => p.keys.includes(q)).slice(0, NEAR.places);
  const seen = new Set(found);
  return named.flatMap(({ place }) =>
    index.zones
      .filter((z) => !seen.has(z.id))
      .map((z) => ({ id: z.id, km: kmBetween(place.lngLat, z.lngLat) }))
      .filter((z) => z.km <= NEAR.withinKm)
      .sort((a, b) => a.km - b.km)
      .slice(0, NEAR.zones)
      .map((z) => {
        seen.add(z.id);
        return { kind: 'zone' as const, id: z.id, score: 0, near: { place_zh: place.label_zh, place_en: place.label_en, km: Math.round(z.km) } };
      }),
  );
}

/** Zones by name, alias, pinyin (full or initials), city and province; then zones near a place the query names; then matching provinces. */
export function search(index: SearchIndex, query: string, limit = 8): SearchResult[] {
  const q = normalise(query);
  if (!q) return [];
  const zones: SearchResult[] = index.zones
    .map((e) => ({ kind: 'zone' as const, id: e.id, score: Math.max(score(e.names, q, 100, 80, 60), e.starts.has(q) ? 90 : e.spans.has(q) ? 85 : 0, score(e.places, q, 50, 45, q.length >= 2 ? 30 : 0)) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
  const provinces: SearchResult[] = index.provinces
    .map((p) => ({ kind: 'province' as const, name: p.name, count: p.count, score: score(p.keys, q, 90, 70, 0) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  const near = nearPlaces(index, q, new Set(zones.map((z) => (z.kind === 'zone' ? z.id : ''))));
  return [...zones, ...near, ...provinces];
}
