import type { ReactNode } from 'react';
import { Badge } from '../../components/ui/badge';
import { formatNumber, formatPartialDate } from '../../lib/format';
import { cityName, provinceName } from '../../lib/provinces';
import { htmlLang, useLang, useT } from '../../lib/i18n';
import type { Citation } from '../../schemas/citation';
import type { ZoneProperties } from '../../schemas/zone';
import { zoneNote } from './zone-notes';
import { sourceEntryId, type SourcedFact } from './zone-sources';

/** Numbered markers; each brings its entry in the sources list into view (the list says what the source is). */
function Cites({ zoneId, fact, list }: { zoneId: string; fact: SourcedFact; list: readonly Citation[] }) {
  const t = useT();
  if (list.length === 0) return null;
  const show = (n: number) => {
    const entry = document.getElementById(sourceEntryId(zoneId, fact, n));
    entry?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    entry?.focus({ preventScroll: true });
  };
  return (
    <span className="ml-1 text-xs">
      {list.map((c, i) => (
        <button
          key={i}
          type="button"
          onClick={() => show(i + 1)}
          aria-label={`${t('showSource', { n: i + 1 })}: ${c.title}`}
          title={[c.publisher, c.title, c.doc_no].filter(Boolean).join(' · ')}
          className="mr-0.5 cursor-pointer text-sky-800 underline decoration-dotted hover:text-sky-950 focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          [{i + 1}]
        </button>
      ))}
    </span>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2 py-1 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

export function ZoneFacts({ zone, position }: { zone: ZoneProperties; position: readonly [number, number] }) {
  const lang = useLang();
  const t = useT();
  const areaNote = zoneNote(zone, 'area_note', lang);
  const unsure = (field: ZoneProperties['uncertain'][number]) => zone.uncertain.includes(field) && <Badge tone="warn">{t('uncertain')}</Badge>;
  return (
    <dl className="divide-y divide-slate-100" data-facts>
      <Fact label={t('province')}>
        {provinceName(zone.province, lang)} · {cityName(zone.city, lang)}
        {unsure('city')}
        {zone.region && <span className="text-slate-500"> · {t(`region.${zone.region}`)}</span>}
      </Fact>
      <Fact label={t('approved')}>
        {formatPartialDate(zone.approved, lang)}
        {unsure('approved')}
        <Cites zoneId={zone.id} fact="approved" list={zone.sources.approved} />
      </Fact>
      <Fact label={t('area')}>
        {zone.area_km2 === null ? <span className="text-slate-500">{t('missing')}</span> : `${formatNumber(zone.area_km2, lang)} km²`}
        {unsure('area_km2')}
        <Cites zoneId={zone.id} fact="area_km2" list={zone.sources.area_km2} />
        {areaNote && (
          <div lang={htmlLang(areaNote.lang)} className="text-xs text-slate-500" data-testid="area-note">
            {areaNote.text}
          </div>
        )}
      </Fact>
      {zone.industries.length > 0 && (
        <Fact label={t('industries')}>
          <ul className="flex flex-wrap gap-1">
            {zone.industries.map((tag) => (
              <li key={tag.en} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                {lang === 'en' ? tag.en : tag.zh}
              </li>
            ))}
          </ul>
          {unsure('industries')}
        </Fact>
      )}
      <Fact label={t('location')}>
        <span className="tabular-nums">
          {position[1].toFixed(2)}°N, {position[0].toFixed(2)}°E
        </span>
        {zone.uncertain.includes('position') ? <Badge tone="warn">{t('approximate')}</Badge> : null}
        <Cites zoneId={zone.id} fact="position" list={zone.sources.position} />
      </Fact>
    </dl>
  );
}
