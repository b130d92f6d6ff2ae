import { useEffect, useMemo } from 'react';
import { useTours } from '../data/tours';
import { resolveTourStep } from '../features/present/tour-nav';
import { usePlayback } from '../features/present/use-playback';
import type { Navigate } from './use-url-state';
import type { UrlState } from './url-state';

/**
 * Presentation mode and tours. A tour step decides what is shown (zone, compare set, regions view,
 * playback) and where the camera is; the URL keeps only the tour and the step, so a step is a link.
 */
export function usePresentation(url: UrlState, navigate: Navigate) {
  const present = url.mode === 'present';
  const toursQ = useTours();
  const tours = useMemo(() => toursQ.data ?? [], [toursQ.data]);
  const position = present ? resolveTourStep(tours, url.tour, url.step) : null;
  const step = position?.step ?? null;
  const playback = usePlayback({
    from: step?.kind === 'playback' ? step.from : 1984,
    to: step?.kind === 'playback' ? step.to : 1984,
    playing: step?.kind === 'playback',
  });

  useEffect(() => {
    const root = document.documentElement;
    if (present) {
      root.dataset.mode = 'present';
      root.dataset.theme = url.theme;
    } else {
      delete root.dataset.mode;
      delete root.dataset.theme;
    }
  }, [present, url.theme]);

  // A stale tour id or step is cleaned from the address once the tours are known.
  useEffect(() => {
    if (!toursQ.data || !url.tour) return;
    if (!position) navigate({ tour: null, step: null }, { replace: true });
    else if (url.step !== position.number) navigate({ step: position.number }, { replace: true });
  }, [toursQ.data, url.tour, url.step, position, navigate]);

  const shown: UrlState = !step
    ? url
    : step.kind === 'zone'
      ? { ...url, zone: step.zone, view: 'map' }
      : step.kind === 'compare'
        ? { ...url, zone: null, compare: step.compare, view: 'map' }
        : step.kind === 'regions'
          ? { ...url, zone: null, view: 'regions', filters: { ...url.filters, types: step.types ?? [] } }
          : { ...url, zone: null, view: 'map' };

  return {
    /** for the error notice: a broken tours file is named like any other data file */
    toursFailed: toursQ.isError ? toursQ : undefined,
    present,
    tours,
    position,
    shown,
    playback: step?.kind === 'playback' ? playback : null,
    /** zones shown by a playback step: approved up to this year, of these types */
    playbackFilter: step?.kind === 'playback' ? { year: playback.year, types: step.types } : null,
    goStep: (index: number) => navigate({ step: index + 1 }),
    startTour: (id: string) => navigate({ mode: 'present', tour: id, step: 1, zone: null }),
    exit: () => navigate({ mode: 'explore', tour: null, step: null }),
  };
}
