/** Whether the page may go fullscreen (false in some iframes, old iOS Safari and jsdom). */
export function fullscreenSupported(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function';
}

export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

/**
 * Enters or leaves fullscreen for the whole page. Never throws: the browser may refuse (no user
 * gesture, permissions policy), and a presentation must go on without fullscreen. Resolves to
 * whether the page is fullscreen afterwards.
 */
export async function toggleFullscreen(): Promise<boolean> {
  if (!fullscreenSupported()) return false;
  try {
    if (isFullscreen()) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // Refused: keep the current state.
  }
  return isFullscreen();
}
