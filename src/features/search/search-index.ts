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

/** Lower case, no accents, spaces or punctuation: "Xi'an High-tech" and "xian hightech" meet, as do "Ürümqi" and "urumqi". */
export const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’\-·.,()（）]/g, '');

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
    places: places.map((place) => ({
      place,
      keys: [...new Set([place.name_zh, place.label_zh, place.short_zh, place.label_en, place.short_en].map(normalise).concat(spelled(place.short_zh)))].filter(Boolean),
    })),
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

/**
 * The zones nearest to a place the query names in full, that the query did not find by themselves,
 * nearest first. One spelling can name two places (苏州 and 宿州 are both "suzhou", 福州 and 抚州
 * "fuzhou"): then each zone is measured from the nearer of them, and its English label says which.
 */
function nearPlaces(index: SearchIndex, q: string, found: ReadonlySet<string>): SearchResult[] {
  const named = index.places.filter((p) => p.keys.includes(q)).slice(0, NEAR.places);
  const ambiguous = named.length > 1;
  const nearest = new Map<string, { km: number; place: Place }>();
  for (const { place } of named)
    for (const z of index.zones) {
      const km = kmBetween(place.lngLat, z.lngLat);
      if (found.has(z.id) || km > NEAR.withinKm) continue;
      if (km < (nearest.get(z.id)?.km ?? Infinity)) nearest.set(z.id, { km, place });
    }
  return [...nearest]
    .sort(([a, x], [b, y]) => x.km - y.km || a.localeCompare(b))
    .slice(0, NEAR.zones)
    .map(([id, { km, place }]) => ({
      kind: 'zone' as const,
      id,
      score: 0,
      near: { place_zh: place.label_zh, place_en: ambiguous ? `${place.label_en} (${provinceEn[place.province] ?? place.province})` : place.label_en, km: Math.round(km) },
    }));
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
