import type { Article } from '../../schemas/article';
import type { IndicatorRow } from '../../schemas/indicator';
import { useCompareText } from './strings';

/** The article and its sentence (opened on demand), or the publisher with a link. */
export function SourceRef({ row, articles }: { row: IndicatorRow; articles: ReadonlyMap<string, Article> }) {
  const text = useCompareText();
  const { source } = row;
  if (source.kind === 'publisher') {
    const title = source.url ? (
      <a href={source.url} target="_blank" rel="noreferrer" className="underline decoration-slate-400 hover:text-sky-800">
        {source.title}
      </a>
    ) : (
      source.title
    );
    return (
      <span className="text-slate-600">
        {text('source')}: {source.publisher}, {title}
      </span>
    );
  }
  const article = articles.get(source.article_id);
  return (
    <details className="text-slate-600">
      <summary className="cursor-pointer underline decoration-dotted decoration-slate-400 underline-offset-2 hover:text-sky-800">
        {text('source')}: {article ? `《${article.headline}》` : source.article_id}
      </summary>
      <blockquote lang="zh" className="mt-1 border-l-2 border-slate-300 pl-2 text-slate-700">
        {source.sentence}
      </blockquote>
    </details>
  );
}
