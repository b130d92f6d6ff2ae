import { Badge } from '../../components/ui/badge';
import { useLang, useT } from '../../lib/i18n';
import { articleFact } from '../../lib/local-note';
import type { Article } from '../../schemas/article';

export function ArticleMeta({ article }: { article: Article }) {
  const lang = useLang();
  const t = useT();
  const { publication, date } = article;
  const dateText = articleFact(date, lang);
  return (
    <div className="text-xs text-slate-500">
      <span lang="zh" className="font-medium text-slate-700">《{article.headline}》</span>
      {lang === 'en' && article.headline_en && (
        <span lang="en" className="text-slate-600">
          {' '}
          “{article.headline_en}” ({t('headlineTranslated')})
        </span>
      )}
      <span> · {articleFact(publication, lang) ?? t('notNamed')}</span>
      {publication.inferred && <Badge tone="warn">{t('inferred')}</Badge>}
      {dateText && (
        <span>
          {' '}
          · {dateText}
          {date.inferred && <Badge tone="warn">{t('inferred')}</Badge>}
        </span>
      )}
      {lang === 'en' && article.byline_en ? (
        <span>
          {' '}
          · {article.byline_en} (<span lang="zh">{article.byline}</span>)
        </span>
      ) : (
        <span lang="zh"> · {article.byline}</span>
      )}
    </div>
  );
}

export function ExcerptSection({ zoneId, articles }: { zoneId: string; articles: readonly Article[] }) {
  const t = useT();
  const groups = articles
    .map((article) => ({ article, excerpts: article.excerpts.filter((e) => e.zones.includes(zoneId)) }))
    .filter((g) => g.excerpts.length > 0);
  if (groups.length === 0) return <p className="text-sm text-slate-500">{t('noExcerpts')}</p>;
  return (
    <div className="space-y-5">
      {groups.map(({ article, excerpts }) => (
        <section key={article.id} aria-label={article.headline}>
          <ArticleMeta article={article} />
          <ul className="mt-2 space-y-3">
            {excerpts.map((e) => (
              <li key={e.id} data-excerpt={e.id}>
                <blockquote lang="zh" className="border-l-4 border-slate-300 pl-3 text-[0.95rem] leading-relaxed text-slate-800">
                  {e.text}
                </blockquote>
                {e.summary_en && (
                  <p lang="en" className="mt-1 pl-4 text-xs text-slate-500">
                    <span className="font-medium">{t('summaryByProject')}:</span> {e.summary_en}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
