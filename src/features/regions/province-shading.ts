import { classify, type Classification } from '../../lib/colour-scale';
import type { ZoneFeature } from '../../schemas/zone';
import { provinceMetric, type ShadingMetric } from './region-aggregates';

/** Fill colours by full province name (e.g. 甘肃省) and the legend that explains them. */
export function provinceColours(zones: readonly ZoneFeature[], metric: ShadingMetric): Classification {
  return classify(provinceMetric(zones, metric));
}
