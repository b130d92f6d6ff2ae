import { useMediaQuery } from '../lib/use-media-query';

/**
 * Whether the screen is a phone's (below Tailwind's `md` breakpoint, where the layout stacks the
 * panel under the map), live: turning a tablet or resizing a window changes it.
 */
export const usePhone = (): boolean => useMediaQuery('(max-width: 767px)');
