import { pinyin } from 'pinyin-pro';
import { provinceEn } from '../../lib/provinces';
import type { ZoneFeature } from '../../schemas/zone';

export type SearchResult =
  | { kind: 'zone'; id: string; score: number }
  | { kind: 'province'; name: string; count: number; score: number };

type Entry = { id: string; names: string[]; places: string[] };
export type SearchIndex = { zones: Entry[]; provinces: { name: string; keys: string[]; count: number }[] };

/** Lower case, no spaces or punctuation: "Xi'an High-tech" and "xian hightech" meet. */
export const normalise = (text: string) => text.toLowerCase().replace(/[\s'’\-·.,()（）]/g, '');

const spelled = (zh: string) => normalise(pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(''));
const initials = (zh: string) => normalise(pinyin(zh, { pattern: 'first', toneType: 'none', type: 'array' }).join(''));
const readings = (zh: string) => [normalise(zh), spelled(zh), initials(zh)];

export function buildSearchIndex(zones: readonly ZoneFeature[]): SearchIndex {
  const counts = new Map<string, number>();
  for (const z of zones) counts.set(z.properties.province, (counts.get(z.properties.province) ?? 0) + 1);
  return {
    zones: zones.map((z) => {
      const p = z.properties;
      return {
        id: z.id,
        names: [...readings(p.name_zh), normalise(p.name_en), ...p.aliases.flatMap(readings)],
        places: [...readings(p.city), ...readings(p.province), normalise(provinceEn[p.province] ?? '')].filter(Boolean),
      };
    }),
    provinces: [...counts].map(([name, count]) => ({ name, count, keys: [...readings(name), normalise(provinceEn[name] ?? '')].filter(Boolean) })),
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

/** Zones by name, alias, pinyin (full or initials), city and province; then matching provinces. */
export function search(index: SearchIndex, query: string, limit = 8): SearchResult[] {
  const q = normalise(query);
  if (!q) return [];
  const zones: SearchResult[] = index.zones
    .map((e) => ({ kind: 'zone' as const, id: e.id, score: Math.max(score(e.names, q, 100, 80, 60), score(e.places, q, 50, 45, q.length >= 2 ? 30 : 0)) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
  const provinces: SearchResult[] = index.provinces
    .map((p) => ({ kind: 'province' as const, name: p.name, count: p.count, score: score(p.keys, q, 90, 70, 0) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  return [...zones, ...provinces];
}
