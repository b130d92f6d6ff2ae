import './present.css';
import { usePresentText } from './strings';

type Props = { title: string; caption: string; source?: string };

/**
 * The large band at the bottom of the screen in presentation mode. It carries what hover would
 * show in explore mode: a room cannot see a pointer hover. Announced politely on each change.
 */
export function CaptionBar({ title, caption, source }: Props) {
  const t = usePresentText();
  return (
    <section aria-live="polite" aria-atomic="true" className="present-caption w-full bg-white px-6 py-3 text-slate-900">
      <h2 className="text-lg leading-tight font-bold">{title}</h2>
      <p className="present-caption-text mt-1 max-w-[60rem] text-xl leading-snug">{caption}</p>
      {source && (
        <p className="mt-1 text-xs text-slate-700">
          {t('source')}: {source}
        </p>
      )}
    </section>
  );
}
