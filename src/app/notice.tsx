import { Button } from '../components/ui/button';
import { useT } from '../lib/i18n';

export function Notice({ title, body, onDismiss }: { title: string; body: string; onDismiss: () => void }) {
  const t = useT();
  return (
    <div role="status" className="flex items-start gap-3 rounded-lg bg-white px-4 py-3 text-sm shadow-lg ring-1 ring-amber-300">
      <div className="min-w-0 flex-1">
        <div className="font-semibold text-slate-900">{title}</div>
        <div className="mt-0.5 text-slate-700">{body}</div>
      </div>
      <Button onClick={onDismiss}>{t('dismiss')}</Button>
    </div>
  );
}
