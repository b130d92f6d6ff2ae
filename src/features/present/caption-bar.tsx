import type { ReactNode } from 'react';
import './present.css';
import { usePresentText } from './strings';

type Props = { title: string; caption: string; source?: string; /** beside the caption: a playback's year and controls */ aside?: ReactNode };

/**
 * The large band at the bottom of the screen in presentation mode. It carries what hover would
 * show in explore mode: a room cannot see a pointer hover. Announced politely on each change.
 */
export function CaptionBar({ title, caption, source, aside }: Props) {
  const t = usePresentText();
  return (
    <div className="present-caption flex w-full items-center gap-6 bg-white px-6 py-3 text-slate-900">
      <section aria-live="polite" aria-atomic="true" className="min-w-0 flex-1">
        <h2 className="text-lg leading-tight font-bold">{title}</h2>
        <p className="present-caption-text mt-1 max-w-[60rem] text-xl leading-snug">{caption}</p>
        {source && (
          <p className="mt-1 text-xs text-slate-700">
            {t('source')}: {source}
          </p>
        )}
      </section>
      {aside}
    </div>
  );
}
