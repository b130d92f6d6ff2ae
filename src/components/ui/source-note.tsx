import { useLang, useT } from '../../lib/i18n';
import { Badge } from './badge';
import { CitationNoteText } from './local-note-text';
import type { Article } from '../../schemas/article';
import type { IndicatorSource } from '../../schemas/indicator';

/** Where a value comes from: the article and the sentence, or a named public publisher. */
export function SourceNote({ source, articles }: { source: IndicatorSource; articles: ReadonlyMap<string, Article> }) {
  const lang = useLang();
  const t = useT();
  if (source.kind === 'publisher') {
    const unconfirmed = source.url_status === 'unconfirmed' && (
      <span title={t('linkUnconfirmedHint')}>
        <Badge>{t('linkUnconfirmed')}</Badge>
      </span>
    );
    const link = (text: string) => (
      <a className="underline decoration-slate-400 hover:text-sky-800" href={source.url} target="_blank" rel="noreferrer">
        {text}
      </a>
    );
    const heading = `${t('source')}: ${source.publisher}, `;
    const date = source.date ? ` (${source.date})` : '';
    if (!source.note)
      return (
        <span className="wrap-anywhere text-slate-600">
          {heading}
          {source.url ? link(source.title) : source.title}
          {date}
          {unconfirmed}
        </span>
      );
    // The note carries the sentence the figure was read from, and any doubt about the page. A link
    // may not sit inside the summary that opens it (a control in a control), so it opens with the note.
    return (
      <details className="group text-slate-600">
        <summary className="cursor-pointer list-none underline decoration-dotted decoration-slate-400 underline-offset-2 hover:text-sky-800">
          {heading}
          {source.title}
          {date}
          {unconfirmed}
        </summary>
        <div className="mt-1 border-l-2 border-slate-300 pl-2 wrap-anywhere text-slate-700">
          {source.url && <p>{link(`${t('openSource')} ↗`)}</p>}
          <CitationNoteText citation={source} className="" />
        </div>
      </details>
    );
  }
  const article = articles.get(source.article_id);
  return (
    <details className="group text-slate-600">
      <summary className="cursor-pointer list-none underline decoration-dotted decoration-slate-400 underline-offset-2 hover:text-sky-800">
        {t('source')}: {article ? `《${article.headline}》` : source.article_id}
      </summary>
      {lang === 'en' && article?.headline_en && (
        <p lang="en" className="mt-1 text-slate-500">
          “{article.headline_en}” ({t('headlineTranslated')})
        </p>
      )}
      <blockquote lang="zh" className="mt-1 border-l-2 border-slate-300 pl-2 text-slate-700">{source.sentence}</blockquote>
    </details>
  );
}
