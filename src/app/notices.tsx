import { translate, type Lang } from '../lib/i18n';
import { DataError } from './data-error';
import { Notice } from './notice';

type Props = {
  lang: Lang;
  failed: { error: Error | null; refetch: () => unknown } | undefined;
  notFound: string | null;
  onDismissNotFound: () => void;
  mapError: string | null;
  onDismissMapError: () => void;
};

export function Notices({ lang, failed, notFound, onDismissNotFound, mapError, onDismissMapError }: Props) {
  return (
    <div className="pointer-events-none absolute inset-x-0 top-3 z-20 flex flex-col items-center gap-2 px-3">
      {failed?.error && (
        <div className="pointer-events-auto w-full max-w-xl">
          <DataError error={failed.error} onRetry={() => void failed.refetch()} />
        </div>
      )}
      {notFound && (
        <div className="pointer-events-auto w-full max-w-md">
          <Notice title={translate(lang, 'zoneNotFound')} body={translate(lang, 'zoneNotFoundBody', { id: notFound })} onDismiss={onDismissNotFound} />
        </div>
      )}
      {mapError && (
        <div className="pointer-events-auto w-full max-w-md">
          <Notice title={translate(lang, 'dataError')} body={translate(lang, 'mapError', { message: mapError })} onDismiss={onDismissMapError} />
        </div>
      )}
    </div>
  );
}
