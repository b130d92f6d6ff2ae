import { useMediaQuery } from '../../lib/use-media-query';

/** Follows the system setting live, so turning it on mid-talk stops the animation. */
export const useReducedMotion = (): boolean => useMediaQuery('(prefers-reduced-motion: reduce)');
