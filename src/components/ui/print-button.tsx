import { useT } from '../../lib/i18n';
import { Button } from './button';

/** "打印 / Print": the browser's print dialog, for the panel as a sheet (see index.css). Editing chrome, hidden when presenting. */
export function PrintButton({ className }: { className?: string }) {
  const t = useT();
  return (
    <Button data-chrome="edit" title={t('printHint')} className={className} onClick={() => window.print()}>
      {t('print')}
    </Button>
  );
}
