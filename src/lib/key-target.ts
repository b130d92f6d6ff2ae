/**
 * Whether a key event was aimed at something that handles keys itself, so page-wide shortcuts
 * (search, tour steps, playback, Escape) must leave it alone: a field that takes typing, or an
 * open modal dialog, whose keys are its own.
 */
export function keyBelongsToTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  return (
    el.isContentEditable ||
    el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="textbox"], [aria-modal="true"]') !== null
  );
}
