import { Badge } from '../../components/ui/badge';
import { formatNumber, formatPartialDate } from '../../lib/format';
import { useLang, useT } from '../../lib/i18n';
import { provinceName } from '../../lib/provinces';
import type { Citation } from '../../schemas/citation';
import type { CompareFact } from './compare-series';
import { useCompareText } from './strings';
import { TypeDot } from '../../components/ui/type-dot';
import { citationLine } from '../../lib/citation-text';

function Cites({ list }: { list: readonly Citation[] }) {
  const t = useT();
  return list.map((c, i) => {
    const title = [c.publisher, c.title, c.doc_no, c.url_status === 'unconfirmed' ? t('linkUnconfirmed') : null, c.disagrees ? t('sourceDisagrees') : null].filter(Boolean).join(' · ');
    // A State Council document without a web address is cited by its number, not as a dead link.
    return c.url ? (
      <a key={i} href={c.url} target="_blank" rel="noreferrer" title={title} data-cite-marker className="ml-0.5 text-xs text-sky-800 underline decoration-dotted">
        [{i + 1}]
      </a>
    ) : (
      <span key={i} title={title} className="ml-0.5 text-xs text-slate-500">
        [{i + 1}]
      </span>
    );
  });
}

type Props = { facts: CompareFact[]; highlightedId: string | null; onHighlight: (id: string | null) => void; onOpenZone: (id: string) => void };

/** One row per zone: it fits a narrow panel where one column per zone would not. */
export function CompareFacts({ facts, highlightedId, onHighlight, onOpenZone }: Props) {
  const lang = useLang();
  const t = useT();
  const text = useCompareText();
  return (
    <>
      <table className="w-full text-sm">
        <thead className="text-left text-xs text-slate-500">
          <tr>
            <th className="py-1 font-medium">{text('zone')}</th>
            <th className="py-1 font-medium">{text('approved')}</th>
            <th className="py-1 text-right font-medium">{text('area')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {facts.map((f) => (
            <tr key={f.id} data-zone={f.id} onMouseEnter={() => onHighlight(f.id)} onMouseLeave={() => onHighlight(null)} className={f.id === highlightedId ? 'bg-amber-50 outline-2 outline-slate-900' : ''}>
              <td className="py-1.5 pr-2 align-top">
                <button type="button" onClick={() => onOpenZone(f.id)} onFocus={() => onHighlight(f.id)} onBlur={() => onHighlight(null)} className="text-left font-medium text-slate-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600">
                  {lang === 'en' ? f.name_en : f.name_zh}
                </button>
                <div className="flex items-center gap-1 text-xs text-slate-600">
                  <TypeDot type={f.type} size="sm" />
                  {t(`typeShort.${f.type}`)} · {provinceName(f.province, lang)}
                </div>
                {f.industries.length > 0 && <div className="text-xs text-slate-500">{f.industries.map((i) => (lang === 'en' ? i.en : i.zh)).join(lang === 'en' ? ', ' : '、')}</div>}
              </td>
              {/* The value never breaks; its badge and citation markers wrap below it in a narrow panel. */}
              <td className="py-1.5 pr-2 align-top">
                <span className="whitespace-nowrap">{formatPartialDate(f.approved, lang)}</span>
                {f.uncertain.includes('approved') && <Badge tone="warn">{t('uncertain')}</Badge>}
                <Cites list={f.sources.approved} />
              </td>
              <td className="py-1.5 text-right align-top tabular-nums">
                {f.area_km2 === null ? <span className="whitespace-nowrap text-slate-500 italic">{text('missing')}</span> : <span className="whitespace-nowrap">{formatNumber(f.area_km2, lang)} km²</span>}
                {f.uncertain.includes('area_km2') && <Badge tone="warn">{t('uncertain')}</Badge>}
                <Cites list={f.sources.area_km2} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* On paper the [n] markers cannot be followed: their citations are listed under the table. */}
      <div className="hidden text-xs text-slate-600 print:block" data-testid="facts-citations">
        {facts.map((f) => (
          <div key={f.id} className="mt-2">
            <p className="font-medium text-slate-800">{lang === 'en' ? f.name_en : f.name_zh}</p>
            {(['approved', 'area_km2'] as const).map((fact) =>
              f.sources[fact].length > 0 ? (
                <p key={fact}>
                  {fact === 'approved' ? text('approved') : text('area')}:{' '}
                  {f.sources[fact].map((c, i) => `[${i + 1}] ${citationLine(c, t('linkUnconfirmed'), t('sourceDisagrees'))}`).join('  ')}
                </p>
              ) : null,
            )}
          </div>
        ))}
      </div>
    </>
  );
}
