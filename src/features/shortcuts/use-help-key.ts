import { useEffect } from 'react';
import { keyBelongsToTarget } from '../../lib/key-target';
import { useLatest } from '../../lib/use-latest';
import { isHelpKey } from './shortcuts';

/** "?" anywhere on the page, except while typing, calls back (to open the shortcuts list). */
export function useHelpKey(onHelp: () => void) {
  const latest = useLatest(onHelp);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isHelpKey(e) || keyBelongsToTarget(e.target)) return;
      e.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [latest]);
}
