import type { ZoneType } from '../schemas/zone';

/**
 * One palette for map and charts. Okabe–Ito hues: distinguishable with the common colour-vision
 * deficiencies and still apart on a washed-out projector.
 */
export const zoneTypeColor: Record<ZoneType, string> = {
  'new-area': '#D55E00',
  'high-tech-zone': '#0072B2',
  etdz: '#009E73',
  'bonded-zone': '#CC79A7',
};

export const ui = {
  ink: '#1f2933',
  muted: '#52606d',
  land: '#f4f1ea',
  landOutline: '#b8b0a0',
  neighbour: '#e6e4df',
  /** reference place names on the map: quieter than the zones' ink */
  place: '#6b6558',
  water: '#d4e4ee',
  highlight: '#111827',
  selected: '#f5c518',
  compare: '#1d4ed8',
} as const;

/**
 * Chart text and strokes take the colour of the panel's text, so they follow the light and the
 * dark presentation theme (a fixed dark ink vanishes on a dark panel). Secondary text is the same
 * colour, fainter.
 */
export const chartInk = { fill: 'currentColor' } as const;
export const chartInkMuted = { fill: 'currentColor', fillOpacity: 0.75 } as const;

const luminance = (hex: string) => {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** White or near-black, whichever contrasts more with a fill: for numbers written on a bar. */
export function textOn(fill: string): string {
  const l = luminance(fill);
  return (1.05 / (l + 0.05) >= (l + 0.05) / (luminance('#0b1120') + 0.05)) ? '#ffffff' : '#0b1120';
}
