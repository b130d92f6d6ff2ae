import type { Lang } from '../lib/i18n';
import { emptyFilters, type Filters, type SortKey } from '../lib/filters';
import { shadingMetrics, type ShadingMetric } from '../features/regions/region-aggregates';
import { regions, zoneIdSchema, zoneTypes } from '../schemas/zone';

export type { Filters, Lang, SortKey };
export type View = 'map' | 'regions';
export type Mode = 'explore' | 'present';


/** What the query string selects. The camera lives in the hash (#map=zoom/lat/lng), owned by the map. */
export const normalisations = ['absolute', 'per-km2', 'province-share'] as const;
export type Normalisation = (typeof normalisations)[number];
export { shadingMetrics, type ShadingMetric } from '../features/regions/region-aggregates';

export type UrlState = {
  zone: string | null;
  compare: string[];
  view: View;
  mode: Mode;
  tour: string | null;
  step: number | null;
  q: string;
  filters: Filters;
  sort: SortKey;
  /** compare view: how values are normalised, and charts or a table */
  norm: Normalisation;
  display: 'chart' | 'table';
  /** regions view: the aggregate that shades provinces */
  metric: ShadingMetric;
  /** regions view: the indicator the zones are ranked on, "gdp,2023" (",<unit>" when one period has two units) */
  rank: string | null;
  /** presentation theme */
  theme: 'light' | 'dark';
  lang: Lang | null;
};

export const MAX_COMPARE = 12;


export const emptyUrlState: UrlState = {
  zone: null,
  compare: [],
  view: 'map',
  mode: 'explore',
  tour: null,
  step: null,
  q: '',
  filters: emptyFilters,
  sort: 'name',
  norm: 'absolute',
  display: 'chart',
  metric: 'zones',
  rank: null,
  theme: 'light',
  lang: null,
};

const isZoneId = (value: string | null | undefined): value is string => !!value && zoneIdSchema.safeParse(value).success;
const list = (value: string | null) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const unique = <T>(items: T[]) => [...new Set(items)];
const oneOf = <T extends string>(allowed: readonly T[]) => (v: string): v is T => (allowed as readonly string[]).includes(v);

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (value !== null && oneOf(allowed)(value) ? value : fallback);

function parseYears(value: string | null): Filters['years'] {
  const m = /^(\d{4})?-(\d{4})?$/.exec(value ?? '') ?? /^(\d{4})$/.exec(value ?? '');
  if (!m) return [null, null];
  const from = m[1] ? Number(m[1]) : null;
  const to = m.length > 2 ? (m[2] ? Number(m[2]) : null) : from;
  if (from !== null && to !== null && from > to) return [to, from];
  return [from, to];
}

/** An indicator id and a period ("gdp,2023", "gdp,2021-01/2021-06"), and a unit where needed; anything else is dropped. */
function parseRank(value: string | null): string | null {
  const v = value?.trim() ?? '';
  return /^[a-z][a-z0-9_]{0,40},[0-9][0-9A-Za-z/-]{3,20}(,[^,]{1,20})?$/.test(v) ? v : null;
}

/** Garbage is dropped, never thrown: a malformed or stale link still opens the app. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const zone = params.get('zone')?.trim().toLowerCase() ?? null;
  const lang = params.get('lang');
  const step = Number(params.get('step'));
  const tour = params.get('tour')?.trim().toLowerCase() ?? null;
  return {
    zone: isZoneId(zone) ? zone : null,
    compare: unique(list(params.get('compare')).map((s) => s.toLowerCase()).filter(isZoneId)).slice(0, MAX_COMPARE),
    view: params.get('view') === 'regions' ? 'regions' : 'map',
    mode: params.get('mode') === 'present' ? 'present' : 'explore',
    tour: isZoneId(tour) ? tour : null,
    step: isZoneId(tour) && Number.isInteger(step) && step >= 1 && step <= 999 ? step : null,
    q: (params.get('q') ?? '').slice(0, 100),
    filters: {
      types: unique(list(params.get('type')).filter(oneOf(zoneTypes))),
      regions: unique(list(params.get('region')).filter(oneOf(regions))),
      provinces: unique(list(params.get('province')).filter((p) => /^\p{Script=Han}{2,12}$/u.test(p))),
      industries: unique(list(params.get('industry')).filter((s) => s.length <= 40)),
      years: parseYears(params.get('years')),
    },
    sort: pick(params.get('sort'), ['name', 'approved', 'area'] as const, 'name'),
    norm: pick(params.get('norm'), normalisations, 'absolute'),
    display: pick(params.get('display'), ['chart', 'table'] as const, 'chart'),
    metric: pick(params.get('metric'), shadingMetrics, 'zones'),
    rank: parseRank(params.get('rank')),
    theme: pick(params.get('theme'), ['light', 'dark'] as const, 'light'),
    lang: lang === 'zh' || lang === 'en' ? lang : null,
  };
}

/** Canonical query string (with leading "?", or "" when empty); keys in a fixed order, defaults omitted. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null | undefined) => {
    if (value) params.set(key, value);
  };
  const { filters: f } = state;
  set('zone', state.zone);
  set('compare', state.compare.join(','));
  set('view', state.view === 'map' ? null : state.view);
  set('mode', state.mode === 'explore' ? null : state.mode);
  set('tour', state.tour);
  set('step', state.tour && state.step ? String(state.step) : null);
  set('q', state.q.trim());
  set('type', f.types.join(','));
  set('region', f.regions.join(','));
  set('province', f.provinces.join(','));
  set('industry', f.industries.join(','));
  set('years', f.years[0] === null && f.years[1] === null ? null : `${f.years[0] ?? ''}-${f.years[1] ?? ''}`);
  set('sort', state.sort === 'name' ? null : state.sort);
  set('norm', state.norm === 'absolute' ? null : state.norm);
  set('display', state.display === 'chart' ? null : state.display);
  set('metric', state.metric === 'zones' ? null : state.metric);
  set('rank', state.rank);
  set('theme', state.theme === 'light' ? null : state.theme);
  set('lang', state.lang);
  // Commas are safe in a query string and keep links readable.
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
