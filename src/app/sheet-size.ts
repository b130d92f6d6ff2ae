/**
 * On a phone the panel is a sheet below the map, in one of three heights: a strip that leaves most
 * of the screen to the map, half of it, or all of it for reading.
 */
export const sheetSizes = ['peek', 'half', 'full'] as const;
export type SheetSize = (typeof sheetSizes)[number];

/** the share of the space below the header each size takes */
export const sheetShare: Record<SheetSize, number> = { peek: 0.35, half: 0.58, full: 1 };

/** one size up (+1) or down (-1), stopping at either end */
export function stepSheet(size: SheetSize, direction: 1 | -1): SheetSize {
  const i = Math.min(sheetSizes.length - 1, Math.max(0, sheetSizes.indexOf(size) + direction));
  return sheetSizes[i] ?? size;
}

/** A tap on the handle: up to the full screen to read, and back to half from there. */
export function tapSheet(size: SheetSize): SheetSize {
  return size === 'full' ? 'half' : 'full';
}

/** Where a drag that ends at `share` of the space settles: the nearest size. */
export function snapSheet(share: number): SheetSize {
  let best: SheetSize = 'half';
  for (const size of sheetSizes) if (Math.abs(sheetShare[size] - share) < Math.abs(sheetShare[best] - share)) best = size;
  return best;
}
