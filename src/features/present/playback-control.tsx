import { Button } from '../../components/ui/button';
import './present.css';
import { usePresentText } from './strings';
import type { Playback } from './use-playback';

/** Play/pause and restart for a year-by-year playback; the year itself is shown by YearCounter. */
export function PlaybackControl({ playback }: { playback: Playback }) {
  const t = usePresentText();
  const { year, from, to, running, done, reducedMotion } = playback;
  const share = to > from ? (year - from) / (to - from) : 1;
  return (
    <div className="flex items-center gap-3 text-slate-900">
      {!reducedMotion && (
        <Button variant="primary" onClick={done ? playback.restart : playback.toggle} aria-keyshortcuts="k" className="min-w-24 justify-center">
          {done ? t('restart') : running ? t('pause') : t('play')}
        </Button>
      )}
      <span className="text-sm tabular-nums">{from}</span>
      <div
        role="progressbar"
        aria-label={t('playback')}
        aria-valuemin={from}
        aria-valuemax={to}
        aria-valuenow={year}
        className="h-2 w-28 overflow-hidden rounded-full bg-slate-200 ring-1 ring-slate-700"
      >
        <div className="h-full bg-slate-900" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <span className="text-sm tabular-nums">{to}</span>
    </div>
  );
}

/** The large year for the room; `count` is how many zones of this atlas the map shows at that year. */
export function YearCounter({ year, count }: { year: number; count?: number }) {
  const t = usePresentText();
  return (
    <div className="pointer-events-none flex items-baseline gap-3 text-slate-900" role="timer" aria-live="off">
      <span className="text-5xl leading-none font-bold tabular-nums">{year}</span>
      {count !== undefined && <span className="text-sm font-semibold">{t('zonesOnMap', { n: count })}</span>}
    </div>
  );
}
