/**
 * Printing a panel (a zone's fact sheet, a comparison): before the browser prints, every closed
 * source note inside a printable sheet opens, so the paper carries the sentence or page each figure
 * came from; afterwards the notes close again. Returns the function that removes the listeners.
 */
export function openSourcesWhilePrinting(win: Window = window): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    opened = [...win.document.querySelectorAll<HTMLDetailsElement>('[data-print="sheet"] details:not([open])')];
    for (const d of opened) d.open = true;
  };
  const after = () => {
    for (const d of opened) d.open = false;
    opened = [];
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
  };
}
