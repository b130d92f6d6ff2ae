import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

const NAVIGATE_EVENT = 'zone-atlas:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;

export type Navigate = (patch: Partial<UrlState>, options?: { replace?: boolean }) => void;

/**
 * The URL is the source of truth for what is selected. Deliberate selections push one history
 * entry; clean-ups replace. The hash (the camera) is carried along untouched.
 */
export function useUrlState(): [UrlState, Navigate] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const state = useMemo(() => parseUrlState(search), [search]);
  const navigate = useCallback<Navigate>((patch, options) => {
    const next = serializeUrlState({ ...parseUrlState(window.location.search), ...patch });
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (options?.replace) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event(NAVIGATE_EVENT));
  }, []);
  return [state, navigate];
}
