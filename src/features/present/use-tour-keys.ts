import { useEffect } from 'react';
import { useLatest } from '../../lib/use-latest';
import { keyBelongsToTarget } from '../../lib/key-target';
import { tourKeyAction, type TourKeyAction } from './tour-nav';

export type TourKeyHandlers = {
  onNext: () => void;
  onPrev: () => void;
  onFirst: () => void;
  onLast: () => void;
  onFullscreen: () => void;
  onExit: () => void;
  enabled: boolean;
};

const handlerFor: Record<TourKeyAction, keyof Omit<TourKeyHandlers, 'enabled'>> = {
  next: 'onNext',
  prev: 'onPrev',
  first: 'onFirst',
  last: 'onLast',
  fullscreen: 'onFullscreen',
  exit: 'onExit',
};

/**
 * Tour keys on the window. Skips events already handled (the playback control claims Space while
 * it plays) and keys typed into fields. Space and arrows would otherwise scroll or move focus.
 */
export function useTourKeys(handlers: TourKeyHandlers) {
  const latest = useLatest(handlers);
  const { enabled } = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || keyBelongsToTarget(e.target)) return;
      const action = tourKeyAction(e);
      if (!action) return;
      // A focused button activates on Space/Enter itself; letting Space through would press it too.
      e.preventDefault();
      latest.current[handlerFor[action]]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, latest]);
}
