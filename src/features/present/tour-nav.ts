import type { Tour, TourStep } from '../../schemas/tour';

export type TourMove = 'next' | 'prev' | 'first' | 'last';
export type TourKeyAction = TourMove | 'fullscreen' | 'exit';

/** The step a link points at, after clamping; `index` is 0-based, `number` is the URL's 1-based step. */
export type TourPosition = {
  tour: Tour;
  step: TourStep;
  index: number;
  number: number;
  count: number;
  isFirst: boolean;
  isLast: boolean;
};

/** Any step value, including garbage, as a valid 0-based index; a missing step means the first. */
export function clampIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/**
 * Resolves the URL's tour id and 1-based step. An unknown tour is null (the caller drops it from
 * the URL); a step out of range goes to the nearest valid step, so an old link still lands somewhere.
 */
export function resolveTourStep(tours: readonly Tour[], tourId: string | null, step: number | null): TourPosition | null {
  const tour = tourId ? tours.find((t) => t.id === tourId) : undefined;
  if (!tour || tour.steps.length === 0) return null;
  const count = tour.steps.length;
  const index = clampIndex(step === null ? 0 : step - 1, count);
  const current = tour.steps[index];
  if (!current) return null;
  return { tour, step: current, index, number: index + 1, count, isFirst: index === 0, isLast: index === count - 1 };
}

/** The 0-based index a move leads to; moves past either end stay at the end. */
export function moveIndex(index: number, count: number, move: TourMove): number {
  switch (move) {
    case 'next':
      return clampIndex(index + 1, count);
    case 'prev':
      return clampIndex(index - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampIndex(count - 1, count);
  }
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/**
 * The tour action for a key press, or null. Presenter remotes send PageDown/PageUp. Keys with
 * Ctrl, Meta or Alt are left to the browser (Alt+ArrowLeft is "back", Ctrl+F is "find").
 */
export function tourKeyAction(e: KeyLike): TourKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
      // Shift+Space goes back, as in slide software and page scrolling.
      return e.shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}
