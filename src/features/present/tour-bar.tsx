import { Button } from '../../components/ui/button';
import { useLang } from '../../lib/i18n';
import type { Tour } from '../../schemas/tour';
import { toggleFullscreen } from './fullscreen';
import './present.css';
import { localize, usePresentText } from './strings';
import { clampIndex, moveIndex } from './tour-nav';
import { useTourKeys } from './use-tour-keys';

type Props = {
  tour: Tour;
  /** 0-based */
  stepIndex: number;
  onGo: (index: number) => void;
  onExit: () => void;
  /** listen for tour keys on the window (arrows, PageUp/PageDown, Home/End, F, Escape) */
  keys?: boolean;
};

export function TourBar({ tour, stepIndex, onGo, onExit, keys = true }: Props) {
  const lang = useLang();
  const t = usePresentText();
  const count = tour.steps.length;
  const index = clampIndex(stepIndex, count);
  const go = (move: Parameters<typeof moveIndex>[2]) => {
    const target = moveIndex(index, count, move);
    if (target !== index) onGo(target);
  };
  useTourKeys({
    onNext: () => go('next'),
    onPrev: () => go('prev'),
    onFirst: () => go('first'),
    onLast: () => go('last'),
    onFullscreen: () => void toggleFullscreen(),
    onExit,
    enabled: keys,
  });

  return (
    <nav aria-label={t('steps')} className="present-tour-bar flex min-w-0 items-center gap-3 bg-white px-4 py-2 text-slate-900">
      <h2 className="min-w-0 flex-1 truncate text-base font-semibold">{localize(tour.title, lang)}</h2>
      <p className="shrink-0 text-sm font-semibold tabular-nums" aria-label={t('progress', { n: index + 1, count })}>
        {index + 1} / {count}
      </p>
      <ol className="flex shrink-0 items-center gap-1.5" aria-label={t('steps')}>
        {tour.steps.map((_, i) => (
          <li key={i} className="flex">
            <button
              type="button"
              onClick={() => onGo(i)}
              aria-label={t('goToStep', { n: i + 1 })}
              aria-current={i === index ? 'step' : undefined}
              // Current, done and to-come differ in size and fill, not only in shade: both themes, any projector.
              className={`rounded-full ring-2 ring-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 ${i === index ? 'size-4 bg-slate-900' : i < index ? 'size-2.5 bg-slate-900' : 'size-2.5 bg-white'}`}
            />
          </li>
        ))}
      </ol>
      <div className="flex shrink-0 items-center gap-2">
        <Button onClick={() => go('prev')} disabled={index === 0} aria-label={t('prev')} className="disabled:opacity-40">
          <span aria-hidden="true">←</span>
          <span aria-hidden="true" className="present-bar-word">{t('prev')}</span>
        </Button>
        <Button variant="primary" onClick={() => go('next')} disabled={index === count - 1} aria-label={t('next')} className="disabled:opacity-40">
          <span aria-hidden="true" className="present-bar-word">{t('next')}</span>
          <span aria-hidden="true">→</span>
        </Button>
        <Button onClick={onExit} aria-label={t('exit')} aria-keyshortcuts="Escape">
          {t('exitShort')}
        </Button>
      </div>
    </nav>
  );
}
