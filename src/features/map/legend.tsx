import { useT } from '../../lib/i18n';
import { zoneTypeColor } from '../../lib/palette';
import { zoneTypes } from '../../schemas/zone';

export function Legend({ counts }: { counts: Partial<Record<(typeof zoneTypes)[number], number>> }) {
  const t = useT();
  const shown = zoneTypes.filter((type) => (counts[type] ?? 0) > 0);
  return (
    <div className="pointer-events-auto rounded-lg bg-white/95 px-3 py-2 text-sm shadow-md ring-1 ring-slate-200" aria-label={t('legendTitle')}>
      <div className="mb-1 text-xs font-semibold tracking-wider text-slate-500 uppercase">{t('legendTitle')}</div>
      <ul className="space-y-0.5">
        {shown.map((type) => (
          <li key={type} className="flex items-center gap-2 text-slate-800">
            <span className="inline-block size-3 rounded-full ring-2 ring-white" style={{ background: zoneTypeColor[type] }} />
            <span>{t(`type.${type}`)}</span>
            <span className="ml-auto pl-3 text-xs text-slate-500 tabular-nums">{counts[type]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
