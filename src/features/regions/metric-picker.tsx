import { shadingMetrics, type ShadingMetric } from './region-aggregates';
import { useRegionsText } from './strings';

/** Which number colours the provinces on the map. */
export function MetricPicker({ metric, onMetric }: { metric: ShadingMetric; onMetric: (m: ShadingMetric) => void }) {
  const text = useRegionsText();
  return (
    <fieldset className="text-sm">
      <legend className="mb-1 text-xs font-semibold tracking-wider text-slate-500 uppercase">{text('shading')}</legend>
      <div className="flex flex-wrap gap-1">
        {shadingMetrics.map((m) => (
          <label key={m} className={`cursor-pointer rounded-md px-2 py-1 ring-1 has-focus-visible:outline-2 has-focus-visible:outline-sky-600 ${m === metric ? 'bg-slate-900 text-white ring-slate-900' : 'text-slate-700 ring-slate-300 hover:bg-slate-100'}`}>
            <input type="radio" name="province-metric" value={m} checked={m === metric} onChange={() => onMetric(m)} className="sr-only" />
            {text(`metric.${m}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
