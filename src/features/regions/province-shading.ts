import { classify, type Classification } from '../../lib/colour-scale';
import type { IndicatorsFile } from '../../schemas/indicator';
import type { ZoneFeature } from '../../schemas/zone';
import { economyColumns, provinceEconomy, type EconomyColumn, type EconomyIndicator } from './province-economy';
import { provinceAggregates, provinceMetric, type ShadingMetric } from './region-aggregates';

export const isEconomyMetric = (metric: ShadingMetric): metric is EconomyIndicator => economyColumns.some((c) => c.indicator === metric);

/** The column a province measure is shaded by (its unit and period), or null for a zone count or area. */
export function economyColumnOf(metric: ShadingMetric, indicators: IndicatorsFile | undefined): EconomyColumn | null {
  if (!isEconomyMetric(metric) || !indicators) return null;
  return provinceEconomy([], indicators).columns.find((c) => c.indicator === metric) ?? null;
}

/**
 * Fill colours by full province name (e.g. 甘肃省) and the legend that explains them. A province
 * measure shades only the provinces that host shown zones and have a sourced figure; the others show
 * as "none / no data". Until the indicators have loaded, nothing is shaded for such a measure.
 */
export function provinceColours(zones: readonly ZoneFeature[], metric: ShadingMetric, indicators?: IndicatorsFile): Classification {
  if (!isEconomyMetric(metric)) return classify(provinceMetric(zones, metric));
  if (!indicators) return classify({});
  const { rows } = provinceEconomy(provinceAggregates(zones).map((r) => r.province), indicators);
  const values: Record<string, number> = {};
  for (const r of rows) {
    const cell = r.cells[metric];
    if (cell) values[r.province] = cell.value;
  }
  return classify(values);
}
