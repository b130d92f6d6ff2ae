import { classify, type Classification } from '../../lib/colour-scale';
import type { IndicatorsFile } from '../../schemas/indicator';
import type { ZoneFeature } from '../../schemas/zone';
import { economyColumns, provinceEconomy, type EconomyColumn, type EconomyIndicator } from './province-economy';
import { provinceAggregates, provinceMetric, type ShadingMetric } from './region-aggregates';

const isEconomyMetric = (metric: ShadingMetric): metric is EconomyIndicator => economyColumns.some((c) => c.indicator === metric);

/** The map's province colours and legend; for a province measure, also the column (period, unit) its classes are in. */
export type Shading = Classification & { column: EconomyColumn | null };

/**
 * Fill colours by full province name (e.g. 甘肃省) and the legend that explains them. A province
 * measure shades only the provinces that host shown zones and have a sourced figure; the others show
 * as "none / no data". Until the indicators have loaded, nothing is shaded for such a measure.
 */
export function provinceColours(zones: readonly ZoneFeature[], metric: ShadingMetric, indicators?: IndicatorsFile): Shading {
  if (!isEconomyMetric(metric)) return { ...classify(provinceMetric(zones, metric)), column: null };
  if (!indicators) return { ...classify({}), column: null };
  const { columns, rows } = provinceEconomy(provinceAggregates(zones).map((r) => r.province), indicators);
  const values: Record<string, number> = {};
  for (const r of rows) {
    const cell = r.cells[metric];
    if (cell) values[r.province] = cell.value;
  }
  return { ...classify(values), column: columns.find((c) => c.indicator === metric) ?? null };
}
