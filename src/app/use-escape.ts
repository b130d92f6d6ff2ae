import { useEffect } from 'react';
import { useLatest } from '../lib/use-latest';

/** Calls back on Escape, unless the key was meant for a text field or an open native control. */
export function useEscape(onEscape: (() => void) | null) {
  const latest = useLatest(onEscape);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !latest.current) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="combobox"]')) return;
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [latest]);
}
