import { useEffect } from 'react';
import { keyBelongsToTarget } from '../lib/key-target';
import { useLatest } from '../lib/use-latest';

/** Calls back on Escape, unless the key was meant for a text field, an open native control or a dialog. */
export function useEscape(onEscape: (() => void) | null) {
  const latest = useLatest(onEscape);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !latest.current) return;
      if (keyBelongsToTarget(e.target)) return;
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [latest]);
}
