import { citationLine } from '../../lib/citation-text';
import { csvText } from '../../lib/csv';
import type { Citation } from '../../schemas/citation';
import type { ZoneFeature } from '../../schemas/zone';

const columns = [
  'id', 'name_zh', 'name_en', 'aliases', 'type', 'province', 'city', 'region', 'approved', 'area_km2', 'area_note', 'area_note_zh',
  'longitude', 'latitude', 'industries_zh', 'industries_en', 'uncertain', 'sources_approved', 'sources_area_km2', 'sources_position', 'notes', 'notes_zh',
] as const;

const cites = (list: readonly Citation[]) => list.map((c) => citationLine(c)).join(' | ');

/**
 * Every zone of the atlas with its facts and their citations, one line a zone, in the given order:
 * a missing area is an empty cell, never 0, and `uncertain` names the facts that are not settled.
 */
export function zonesCsv(zones: readonly ZoneFeature[]): string {
  return csvText(
    columns,
    zones.map(({ geometry, properties: p }) => ({
      id: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      aliases: p.aliases.join('; '),
      type: p.type,
      province: p.province,
      city: p.city,
      region: p.region,
      approved: p.approved,
      area_km2: p.area_km2,
      area_note: p.area_note,
      area_note_zh: p.area_note_zh,
      longitude: geometry.coordinates[0],
      latitude: geometry.coordinates[1],
      industries_zh: p.industries.map((i) => i.zh).join('; '),
      industries_en: p.industries.map((i) => i.en).join('; '),
      uncertain: p.uncertain.join('; '),
      sources_approved: cites(p.sources.approved),
      sources_area_km2: cites(p.sources.area_km2),
      sources_position: cites(p.sources.position),
      notes: p.notes,
      notes_zh: p.notes_zh,
    })),
  );
}
