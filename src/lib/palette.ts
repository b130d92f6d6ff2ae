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
  water: '#d4e4ee',
  highlight: '#111827',
  selected: '#f5c518',
  compare: '#1d4ed8',
} as const;
