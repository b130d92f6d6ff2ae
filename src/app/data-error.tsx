import { Button } from '../components/ui/button';
import { DataFileError } from '../lib/data-file-error';
import { useT } from '../lib/i18n';

export function DataError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT();
  const file = error instanceof DataFileError ? error.file : null;
  const problem = error instanceof DataFileError ? error.problem : error.message;
  return (
    <div role="alert" className="flex items-start gap-3 rounded-lg bg-red-50 px-4 py-3 text-sm text-red-900 shadow ring-1 ring-red-200">
      <div className="min-w-0 flex-1">
        <div className="font-semibold">{t('dataError')}</div>
        <div className="mt-0.5 break-words">
          {file && <code className="rounded bg-red-100 px-1 font-mono">{file}</code>} {problem}
        </div>
      </div>
      <Button onClick={onRetry} className="shrink-0 bg-white">
        {t('retry')}
      </Button>
    </div>
  );
}
