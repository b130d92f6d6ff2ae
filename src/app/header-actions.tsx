import { useState } from 'react';
import { useT } from '../lib/i18n';
import type { View } from './url-state';

type Props = {
  view: View;
  onView: (view: View) => void;
  compareCount: number;
  onShowCompare: () => void;
  onPresent: () => void;
};

const button = 'rounded-md px-2.5 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-100 aria-pressed:bg-slate-900 aria-pressed:text-white aria-pressed:ring-slate-900';

export function HeaderActions({ view, onView, compareCount, onShowCompare, onPresent }: Props) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt(t('copyLink'), window.location.href);
    }
  };
  return (
    <div className="flex items-center gap-1.5" data-chrome="edit">
      <button type="button" aria-pressed={view === 'regions'} onClick={() => onView(view === 'regions' ? 'map' : 'regions')} className={button}>
        {t('regionsView')}
      </button>
      <button type="button" onClick={onShowCompare} disabled={compareCount === 0} className={`${button} disabled:opacity-50`}>
        {t('compareCount', { n: compareCount })}
      </button>
      <button type="button" onClick={onPresent} className={button}>
        {t('present')}
      </button>
      <button type="button" onClick={() => void copy()} className={button} aria-live="polite">
        {copied ? t('linkCopied') : t('copyLink')}
      </button>
    </div>
  );
}
