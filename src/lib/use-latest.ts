import { useLayoutEffect, useRef } from 'react';

/** A ref that always holds the latest value, so map event handlers bound once see current props. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
