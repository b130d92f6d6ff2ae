import { useLang } from '../../lib/i18n';
import { shortName } from '../../lib/short-name';
import type { ZoneFeature } from '../../schemas/zone';
import { zoneName } from './compare-format';
import { useCompareText } from './strings';
import { TypeDot } from '../../components/ui/type-dot';

type Props = {
  zones: ZoneFeature[];
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  onRemove: (id: string) => void;
  onOpenZone: (id: string) => void;
};

/** The compare set as chips: the name opens the zone, × removes it. */
export function CompareChips({ zones, highlightedId, onHighlight, onRemove, onOpenZone }: Props) {
  const lang = useLang();
  const text = useCompareText();
  return (
    <ul className="flex flex-wrap gap-1.5">
      {zones.map((zone) => {
        const name = zoneName(zone, zone.id, lang);
        const on = zone.id === highlightedId;
        return (
          <li
            key={zone.id}
            data-zone={zone.id}
            data-highlighted={on || undefined}
            onMouseEnter={() => onHighlight(zone.id)}
            onMouseLeave={() => onHighlight(null)}
            onFocus={() => onHighlight(zone.id)}
            onBlur={() => onHighlight(null)}
            className={`flex items-center rounded-full bg-white text-sm ring-1 ${on ? 'ring-2 ring-slate-900' : 'ring-slate-300'}`}
          >
            <button type="button" onClick={() => onOpenZone(zone.id)} aria-label={text('openZone', { name })} title={name} className="flex items-center gap-1.5 rounded-l-full py-1 pr-1 pl-2.5 text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600">
              <TypeDot type={zone.properties.type} />
              {shortName(name, lang)}
            </button>
            <button type="button" onClick={() => onRemove(zone.id)} aria-label={text('remove', { name })} data-print="hide" className="rounded-r-full px-2 py-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600">
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
