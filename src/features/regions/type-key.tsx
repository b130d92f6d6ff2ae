import { useT } from '../../lib/i18n';
import { zoneTypeColor } from '../../lib/palette';
import { zoneTypes, type ZoneType } from '../../schemas/zone';

/** Which colour is which zone type, for the stacked charts. */
export function TypeKey({ shown = zoneTypes }: { shown?: readonly ZoneType[] }) {
  const t = useT();
  return (
    <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-700">
      {shown.map((type) => (
        <li key={type} className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block size-2.5 rounded-sm" style={{ background: zoneTypeColor[type] }} />
          {t(`type.${type}`)}
        </li>
      ))}
    </ul>
  );
}
