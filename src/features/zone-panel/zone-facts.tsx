import type { ReactNode } from 'react';
import { Badge } from '../../components/ui/badge';
import { formatNumber, formatPartialDate } from '../../lib/format';
import { cityName, provinceName } from '../../lib/provinces';
import { useLang, useT } from '../../lib/i18n';
import type { Citation } from '../../schemas/citation';
import type { ZoneProperties } from '../../schemas/zone';

function Cites({ list }: { list: readonly Citation[] }) {
  if (list.length === 0) return null;
  return (
    <span className="ml-1 text-xs">
      {list.map((c, i) => (
        <a
          key={i}
          href={c.url}
          target="_blank"
          rel="noreferrer"
          title={[c.publisher, c.title, c.doc_no, c.note].filter(Boolean).join(' · ')}
          className="mr-0.5 text-sky-800 underline decoration-dotted"
        >
          [{i + 1}]
        </a>
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
        <Cites list={zone.sources.approved} />
      </Fact>
      <Fact label={t('area')}>
        {zone.area_km2 === null ? <span className="text-slate-500">{t('missing')}</span> : `${formatNumber(zone.area_km2, lang)} km²`}
        {unsure('area_km2')}
        <Cites list={zone.sources.area_km2} />
        {zone.area_note && <div className="text-xs text-slate-500">{zone.area_note}</div>}
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
        <Cites list={zone.sources.position} />
      </Fact>
    </dl>
  );
}
