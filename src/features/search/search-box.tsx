import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { keyBelongsToTarget } from '../../lib/key-target';
import { useLang, useT } from '../../lib/i18n';
import { cityName, provinceName } from '../../lib/provinces';
import type { ZoneFeature } from '../../schemas/zone';
import type { Place } from '../../schemas/place';
import { buildSearchIndex, search, type SearchResult } from './search-index';
import { TypeDot } from '../../components/ui/type-dot';

type Props = {
  zones: readonly ZoneFeature[];
  /** reference places: a query naming one also offers the zones nearest to it */
  places?: readonly Place[];
  query: string;
  onQuery: (q: string) => void;
  onSelectZone: (id: string) => void;
  onSelectProvince: (name: string) => void;
};

/** One search box, keyboard first, following the ARIA combobox pattern with a listbox popup. */
const noPlaces: readonly Place[] = [];

export function SearchBox({ zones, places = noPlaces, query, onQuery, onSelectZone, onSelectProvince }: Props) {
  const t = useT();
  const lang = useLang();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const index = useMemo(() => buildSearchIndex(zones, places), [zones, places]);
  const results = useMemo(() => search(index, query), [index, query]);
  const byId = useMemo(() => new Map(zones.map((z) => [z.id, z])), [zones]);

  useEffect(() => {
    const onSlash = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || keyBelongsToTarget(e.target)) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onSlash);
    return () => window.removeEventListener('keydown', onSlash);
  }, []);

  const choose = (r: SearchResult | undefined) => {
    if (!r) return;
    setOpen(false);
    if (r.kind === 'zone') onSelectZone(r.id);
    else onSelectProvince(r.name);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (results.length ? (i + 1) % results.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (results.length ? (i - 1 + results.length) % results.length : 0));
    } else if (e.key === 'Enter') {
      if (open || results.length) choose(results[active]);
    } else if (e.key === 'Escape') {
      if (open) e.preventDefault();
      setOpen(false);
    }
  };

  const expanded = open && query.trim().length > 0;
  const optionId = (i: number) => `${listId}-opt-${i}`;
  return (
    <div className="relative w-full max-w-md" data-chrome="edit">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t('search')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => {
          onQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-500 focus:border-sky-600 focus:outline-2 focus:outline-sky-600/30"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search')}
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-40 mt-1 max-h-96 overflow-y-auto rounded-md bg-white py-1 shadow-lg ring-1 ring-slate-200"
      >
        {results.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">{t('searchNoResults')}</li>}
        {results.map((r, i) => {
          const zone = r.kind === 'zone' ? byId.get(r.id) : undefined;
          return (
            <li
              key={r.kind === 'zone' ? r.id : `p-${r.name}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
              onMouseEnter={() => setActive(i)}
              className="flex cursor-pointer items-center gap-2 px-3 py-1.5 text-sm aria-selected:bg-sky-50"
            >
              {zone ? (
                <>
                  <TypeDot type={zone.properties.type} />
                  <span className="min-w-0 leading-snug font-medium text-slate-900">{lang === 'en' ? zone.properties.name_en : zone.properties.name_zh}</span>
                  <span className="ml-auto shrink-0 text-xs text-slate-500">
                    {r.kind === 'zone' && r.near
                      ? t('searchNear', { place: lang === 'en' ? r.near.place_en : r.near.place_zh, km: r.near.km })
                      : `${cityName(zone.properties.city, lang)} · ${provinceName(zone.properties.province, lang)}`}
                  </span>
                </>
              ) : r.kind === 'province' ? (
                <span className="text-slate-700">{t('searchProvince', { name: provinceName(r.name, lang), n: r.count })}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
