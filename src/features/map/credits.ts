/** Map width (px) below which presentation folds the credits into their ⓘ button. */
export const FOLD_CREDITS_BELOW = 900;
/** Map height (px) below which the credits fold too: a phone's map above an open panel. */
export const FOLD_CREDITS_SHORTER_THAN = 420;

/**
 * Whether the map's credits fold into their ⓘ button (one click opens them). They fold where, open,
 * they would cover much of a small map: at presentation's large type on a narrow map (two lines over
 * the south coast), and on a short one, such as a phone's map above a zone or regions panel.
 */
export function creditsFolded(presentation: boolean, width: number, height: number): boolean {
  return (presentation && width < FOLD_CREDITS_BELOW) || height < FOLD_CREDITS_SHORTER_THAN;
}
