import type { Lang } from '../../lib/i18n';
import { rankLabel } from '../../lib/rank';
import { zoneTypeColor } from '../../lib/palette';
import type { Article } from '../../schemas/article';
import type { IndicatorRow } from '../../schemas/indicator';
import type { ZoneFeature } from '../../schemas/zone';
import { derivation, pointValue, printedAs, sourceLine, zoneName } from './compare-format';
import type { CompareGroup } from './compare-series';
import { compareText } from './strings';

/** One zone of a group, ready for a bar, a footnote or a table row. */
export type CompareRow = {
  zoneId: string;
  name: string;
  /** "2", or "2–3" where a bound ("over 4,000") leaves the place open; "–" when missing */
  rankText: string;
  /** the bar length; null draws no bar and a "no data" label instead */
  value: number | null;
  valueText: string;
  /** "printed as 210.08 billion yuan" when the value was moved into the group's unit */
  printedText: string | null;
  missingText: string | null;
  derivation: string | null;
  source: string | null;
  row: IndicatorRow | null;
  /** the province figure a share was taken of: a number shown, so its source is shown too */
  denominatorRow: IndicatorRow | null;
  denominatorSource: string | null;
  colour: string;
};

export function compareRows(group: CompareGroup, zones: ReadonlyMap<string, ZoneFeature>, articles: ReadonlyMap<string, Article>, lang: Lang): CompareRow[] {
  return group.points.map((p) => {
    const zone = zones.get(p.zoneId);
    return {
      zoneId: p.zoneId,
      name: zoneName(zone, p.zoneId, lang),
      rankText: p.rank === null || p.rankTo === null ? '–' : rankLabel({ best: p.rank, worst: p.rankTo }),
      value: p.value,
      valueText: pointValue(p, group, lang),
      printedText: printedAs(p, group, lang),
      missingText: p.missing ? compareText(lang, `missing.${p.missing}`) : null,
      derivation: derivation(p, lang),
      source: p.row ? sourceLine(p.row, articles) : null,
      row: p.row,
      denominatorRow: p.denominator?.kind === 'province' ? p.denominator.row : null,
      denominatorSource: p.denominator?.kind === 'province' ? sourceLine(p.denominator.row, articles) : null,
      colour: zone ? zoneTypeColor[zone.properties.type] : '#94a3b8',
    };
  });
}
