import type { ZoneProperties, ZoneType } from '../../schemas/zone';
import type { TourStep } from '../../schemas/tour';

/** One year per step: slow enough for a room to read the counter, fast enough for 40 years in ~30 s. */
export const PLAYBACK_STEP_MS = 700;

/** The year of an approval date (YYYY, YYYY-MM or YYYY-MM-DD). */
export const approvalYear = (approved: string): number => Number(approved.slice(0, 4));

/** Zones approved in or before `year`, optionally of some types only: what the map shows at that year. */
export function zonesApprovedBy<Z extends { properties: Pick<ZoneProperties, 'approved' | 'type'> }>(zones: readonly Z[], year: number, types?: readonly ZoneType[]): Z[] {
  return zones.filter((z) => approvalYear(z.properties.approved) <= year && (!types || types.includes(z.properties.type)));
}

export type PlaybackState = { year: number; paused: boolean };

/** The state after one tick: a year on, stopping at `to`. */
export const tick = (s: PlaybackState, to: number): PlaybackState => ({ ...s, year: Math.min(to, s.year + 1) });

/** Pause or resume; at the end, start again from `from` (a second showing). */
export const toggle = (s: PlaybackState, from: number, to: number): PlaybackState =>
  s.year >= to ? { year: from, paused: false } : { ...s, paused: !s.paused };

/** The zones a tour step is about, which its camera must show: its zone, its compare set, or every zone its playback ends with. */
export function stepZones<Z extends { id: string; properties: Pick<ZoneProperties, 'approved' | 'type'> }>(step: TourStep, zones: readonly Z[]): Z[] {
  if (step.kind === 'zone') return zones.filter((z) => z.id === step.zone);
  if (step.kind === 'compare') return zones.filter((z) => step.compare.includes(z.id));
  if (step.kind === 'playback') return zonesApprovedBy(zones, step.to, step.types);
  return [];
}
