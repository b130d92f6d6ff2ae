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
  /** in the page's flow, under the no-WebGL message, instead of floating over a map there is not */
  inFlow?: boolean;
};

export function Notices({ lang, failed, notFound, onDismissNotFound, mapError, onDismissMapError, inFlow = false }: Props) {
  if (inFlow && !failed?.error && !notFound && !mapError) return null;
  return (
    <div className={`pointer-events-none flex flex-col gap-2 ${inFlow ? 'mb-3 items-start px-4' : 'absolute inset-x-0 top-3 z-20 items-center px-3'}`}>
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
