import { useT } from '../../lib/i18n';
import { zoneTypes, type ZoneFeature } from '../../schemas/zone';
import { TypeDot } from '../../components/ui/type-dot';

/** The zone types; `row` lays them out on one line (presentation mode, where the map is small). */
export function Legend({ zones, row = false }: { zones: readonly ZoneFeature[]; row?: boolean }) {
  const t = useT();
  const counts = new Map<string, number>();
  for (const z of zones) counts.set(z.properties.type, (counts.get(z.properties.type) ?? 0) + 1);
  return (
    <div className="pointer-events-auto rounded-lg bg-white/95 px-3 py-2 text-sm shadow-md ring-1 ring-slate-200" aria-label={t('legendTitle')} role="group">
      {!row && <div className="mb-1 text-xs font-semibold text-slate-600">{t('legendTitle')}</div>}
      <ul className={row ? 'flex flex-wrap gap-x-4 gap-y-1' : 'space-y-0.5'}>
        {zoneTypes.map((type) => (
          <li key={type} className="flex items-center gap-2 text-slate-800">
            <TypeDot type={type} size="lg" />
            <span>{t(row ? `typeShort.${type}` : `type.${type}`)}</span>
            {!row && <span className="ml-auto pl-3 text-xs text-slate-600 tabular-nums">{counts.get(type) ?? 0}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
