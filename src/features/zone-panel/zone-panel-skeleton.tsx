import { Skeleton } from '../../components/ui/skeleton';
import { useT } from '../../lib/i18n';

export function ZonePanelSkeleton({ withHeader = false }: { withHeader?: boolean }) {
  const t = useT();
  return (
    <div className="space-y-4 px-5 py-4" role="status" aria-live="polite">
      <span className="sr-only">{t('loading')}</span>
      {withHeader && (
        <>
          <Skeleton className="h-3 w-24" />
          <Skeleton className="h-7 w-48" />
          <Skeleton className="h-4 w-64" />
        </>
      )}
      <Skeleton className="h-4 w-3/4" />
      <Skeleton className="h-32 w-full" />
      <Skeleton className="h-4 w-2/3" />
      <Skeleton className="h-20 w-full" />
    </div>
  );
}
