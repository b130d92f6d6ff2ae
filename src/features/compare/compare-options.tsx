import type { Normalisation } from './compare-series';
import { normalisations } from './compare-series';
import { useCompareText } from './strings';

function Segmented<T extends string>({ label, options, value, name, onChange }: { label: string; options: readonly T[]; value: T; name: (o: T) => string; onChange: (o: T) => void }) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-xs text-slate-500">{label}</span>
      {options.map((o) => (
        <button
          key={o}
          type="button"
          aria-pressed={o === value}
          onClick={() => onChange(o)}
          className={`rounded-md px-2 py-1 ring-1 focus-visible:outline-2 focus-visible:outline-sky-600 ${o === value ? 'bg-slate-900 text-white ring-slate-900' : 'text-slate-700 ring-slate-300 hover:bg-slate-100'}`}
        >
          {name(o)}
        </button>
      ))}
    </div>
  );
}

type Props = {
  normalisation: Normalisation;
  onNormalisation: (n: Normalisation) => void;
  display: 'chart' | 'table';
  onDisplay: (d: 'chart' | 'table') => void;
};

/** As published, per km² of planned area, or as a share of the province's figure. */
export function NormalisationSwitch({ normalisation, onNormalisation }: Pick<Props, 'normalisation' | 'onNormalisation'>) {
  const text = useCompareText();
  return <Segmented label={text('normalisation')} options={normalisations} value={normalisation} name={(n) => text(`norm.${n}`)} onChange={onNormalisation} />;
}

export function CompareOptions({ normalisation, onNormalisation, display, onDisplay }: Props) {
  const text = useCompareText();
  return (
    // on paper each card states its normalisation, so the switches stay off it
    <div className="flex flex-wrap gap-x-4 gap-y-2" data-print="hide">
      <NormalisationSwitch normalisation={normalisation} onNormalisation={onNormalisation} />
      <Segmented label={text('display')} options={['chart', 'table'] as const} value={display} name={(d) => text(`display.${d}`)} onChange={onDisplay} />
    </div>
  );
}
