import { useSyncExternalStore } from 'react';

/** The width below which the layout stacks the panel under the map (Tailwind's `md` breakpoint). */
const QUERY = '(max-width: 767px)';
const media = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null);

function subscribe(onChange: () => void) {
  const m = media();
  m?.addEventListener('change', onChange);
  return () => m?.removeEventListener('change', onChange);
}

/** Whether the screen is a phone's, live: turning a tablet or resizing a window changes it. */
export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, () => media()?.matches ?? false, () => false);
}
