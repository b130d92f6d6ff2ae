import { useCallback, useEffect, useState } from 'react';
import { keyBelongsToTarget } from '../../lib/key-target';
import { PLAYBACK_STEP_MS, tick, toggle as toggleState, type PlaybackState } from './playback';
import { useReducedMotion } from './use-reduced-motion';

export type PlaybackOptions = {
  from: number;
  to: number;
  /** false while the step is not on screen: the clock stops and the keys are released */
  playing: boolean;
  stepMs?: number;
};

export type Playback = {
  year: number;
  from: number;
  to: number;
  /** advancing right now */
  running: boolean;
  done: boolean;
  /** prefers-reduced-motion: the last year is shown at once and there is nothing to play */
  reducedMotion: boolean;
  toggle: () => void;
  restart: () => void;
};

/**
 * The year of a year-by-year playback. Under prefers-reduced-motion it shows the last year at once.
 * Space pauses and resumes while the playback is under way (at the end Space is left to the tour,
 * which moves on); `k` always toggles, as in video players.
 */
export function usePlayback({ from, to, playing, stepMs = PLAYBACK_STEP_MS }: PlaybackOptions): Playback {
  const reduced = useReducedMotion();
  const range = `${from}-${to}`;
  const [state, setState] = useState<PlaybackState & { range: string }>({ year: from, paused: false, range });
  // A new range (another step) starts from its first year; adjusting during render avoids a stale frame.
  if (state.range !== range) setState({ year: from, paused: false, range });

  const year = reduced ? to : Math.min(Math.max(state.year, from), to);
  const done = year >= to;
  const running = playing && !reduced && !state.paused && !done;

  useEffect(() => {
    if (!running) return;
    // An interval, not a timeout per year: the pace stays even however long a render takes.
    const id = window.setInterval(() => setState((s) => ({ ...tick(s, to), range: s.range })), stepMs);
    return () => window.clearInterval(id);
  }, [running, to, stepMs]);

  const toggle = useCallback(() => setState((s) => ({ ...toggleState(s, from, to), range: s.range })), [from, to]);
  const restart = useCallback(() => setState((s) => ({ year: from, paused: false, range: s.range })), [from]);

  useEffect(() => {
    if (!playing || reduced) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || keyBelongsToTarget(e.target)) return;
      const isSpace = e.key === ' ' && !e.shiftKey;
      if (!(isSpace && !done) && e.key !== 'k' && e.key !== 'K') return;
      e.preventDefault();
      if (!e.repeat) toggle();
    };
    // Capture phase: runs before the tour's own key listener, which skips handled events.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [playing, reduced, done, toggle]);

  return { year, from, to, running, done, reducedMotion: reduced, toggle, restart };
}
