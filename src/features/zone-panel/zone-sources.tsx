import { Badge } from '../../components/ui/badge';
import { CitationNoteText } from '../../components/ui/local-note-text';
import { htmlLang, useLang, useT } from '../../lib/i18n';
import type { MessageKey } from '../../lib/messages';
import type { Citation } from '../../schemas/citation';
import type { ZoneProperties } from '../../schemas/zone';
import { zoneNote } from './zone-notes';

export type SourcedFact = keyof ZoneProperties['sources'];
export const factLabel: Record<SourcedFact, MessageKey> = { approved: 'approved', area_km2: 'area', position: 'location' };

/** The id of a citation's entry in the sources list, so a marker in the facts can bring it into view. */
export const sourceEntryId = (zoneId: string, fact: SourcedFact, n: number) => `source-${zoneId}-${fact}-${n}`;

function Entry({ id, n, c }: { id: string; n: number; c: Citation }) {
  const t = useT();
  const details = [c.publisher, c.doc_no, c.date].filter(Boolean).join(' · ');
  return (
    <li id={id} tabIndex={-1} className="scroll-mt-4 rounded px-1 py-1 outline-none focus:bg-amber-50 focus:ring-2 focus:ring-amber-300">
      <span className="mr-1 text-slate-500 tabular-nums">[{n}]</span>
      {c.url ? (
        <a href={c.url} target="_blank" rel="noreferrer" className="wrap-anywhere text-sky-800 underline decoration-slate-400 hover:text-sky-950">
          {c.title}
        </a>
      ) : (
        <span className="text-slate-800">{c.title}</span>
      )}
      {c.url_status === 'unconfirmed' && (
        <span title={t('linkUnconfirmedHint')}>
          <Badge>{t('linkUnconfirmed')}</Badge>
        </span>
      )}
      {c.disagrees && (
        <span title={t('sourceDisagreesHint')} data-testid="source-disagrees">
          <Badge>{t('sourceDisagrees')}</Badge>
        </span>
      )}
      {details && <div className="text-slate-500">{details}</div>}
      <CitationNoteText citation={c} className="mt-0.5 wrap-anywhere text-slate-600" />
    </li>
  );
}

/** Every citation behind the zone's facts, numbered as the markers in the facts are, and the curators' notes. */
export function ZoneSources({ zone }: { zone: ZoneProperties }) {
  const t = useT();
  const lang = useLang();
  const notes = zoneNote(zone, 'notes', lang);
  const facts = (Object.keys(factLabel) as SourcedFact[]).filter((f) => zone.sources[f].length > 0);
  return (
    <div className="space-y-3 text-xs leading-relaxed" data-testid="zone-sources">
      {facts.map((fact) => (
        <div key={fact}>
          <h4 className="mb-1 font-medium text-slate-700">{t(factLabel[fact])}</h4>
          <ol className="space-y-1">
            {zone.sources[fact].map((c, i) => (
              <Entry key={i} id={sourceEntryId(zone.id, fact, i + 1)} n={i + 1} c={c} />
            ))}
          </ol>
        </div>
      ))}
      {notes && (
        <div>
          <h4 className="mb-1 font-medium text-slate-700">{t('curatorNotes')}</h4>
          <p lang={htmlLang(notes.lang)} className="text-slate-600" data-testid="curator-notes">
            {notes.text}
          </p>
        </div>
      )}
    </div>
  );
}
