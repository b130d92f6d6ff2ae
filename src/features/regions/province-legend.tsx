import type { LegendEntry } from '../../lib/colour-scale';
import { formatNumber } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { ui } from '../../lib/palette';
import { columnCaption, inReaderUnit, type EconomyColumn } from './province-economy';
import type { ShadingMetric } from './region-aggregates';
import { useRegionsText } from './strings';

type Props = {
  legend: LegendEntry[];
  metric: ShadingMetric;
  /** for a province measure: its period and unit, in which the classes are read */
  column?: EconomyColumn | null;
  className?: string;
  /** the title on the same line as the swatches (presentation's key over the map keeps to one row where it can) */
  inline?: boolean;
};

/** The map shading explained: one swatch per class, and the basemap colour for none or no data. */
export function ProvinceLegend({ legend, metric, column = null, className = '', inline = false }: Props) {
  const lang = useLang();
  const text = useRegionsText();
  const shown = (v: number) => formatNumber(column ? inReaderUnit(column, v, lang) : v, lang);
  const range = (e: LegendEntry) => (e.from === e.to ? shown(e.from) : `${shown(e.from)}–${shown(e.to)}`);
  const swatches = [...legend.map((e) => ({ key: `${e.from}-${e.to}`, colour: e.colour, label: range(e) })), { key: 'none', colour: ui.land, label: text('none') }];
  return (
    <figure className={`text-sm ${inline ? 'flex flex-wrap items-center gap-x-3 gap-y-1' : ''} ${className}`} aria-label={text(`metric.${metric}`)} data-legend={metric}>
      <figcaption className={`text-xs font-semibold text-slate-600 ${inline ? '' : 'mb-1'}`}>
        {text(`metric.${metric}`)}
        {column && <span className="font-normal"> · {columnCaption(column, lang)}</span>}
      </figcaption>
      <ul className={inline ? 'contents' : 'flex flex-wrap gap-x-3 gap-y-1'}>
        {swatches.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5 text-slate-800">
            <span aria-hidden="true" className="inline-block h-3.5 w-5 rounded-sm ring-1 ring-slate-400" style={{ background: s.colour }} />
            <span className="tabular-nums">{s.label}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
