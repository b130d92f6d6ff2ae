import { useState } from 'react';
import { TypeDot } from '../../components/ui/type-dot';
import { useT } from '../../lib/i18n';
import { zoneTypes, type ZoneFeature } from '../../schemas/zone';

/**
 * The zone types. `row` lays them out on one line with short names (presentation mode, where the
 * map is small); otherwise the title folds the legend into that line and back, to free the map.
 * On a phone (upright, or on its side: a screen at most 500 px tall) it starts folded, and leaves
 * room for the scale bar and the zoom buttons beside it.
 */
export function Legend({ zones, row = false }: { zones: readonly ZoneFeature[]; row?: boolean }) {
  const t = useT();
  // on a phone, upright or on its side, the legend starts folded: unfolded it would cover a good part of the map
  const [folded, setFolded] = useState(() => window.matchMedia?.('(max-width: 767px), (max-height: 500px)').matches ?? false);
  const compact = row || folded;
  // folded, the title and the entries run on as one text, so the title shares its line with the first of them
  const inline = folded && !row;
  const item = `items-center gap-2 text-slate-800 ${inline ? 'mr-4 inline-flex align-middle whitespace-nowrap' : 'flex'}`;
  const counts = new Map<string, number>();
  for (const z of zones) counts.set(z.properties.type, (counts.get(z.properties.type) ?? 0) + 1);
  const approximate = zones.filter((z) => z.properties.uncertain.includes('position')).length;
  return (
    <div className={`pointer-events-auto rounded-lg bg-white/95 px-3 py-2 text-sm shadow-md ring-1 ring-slate-200 ${inline ? 'leading-6' : ''} ${row ? '' : 'max-w-72 max-md:max-w-[calc(100vw-10rem)]'}`} aria-label={t('legendTitle')} role="group">
      {!row && (
        <button type="button" onClick={() => setFolded((f) => !f)} aria-expanded={!folded} title={t(folded ? 'legendUnfold' : 'legendFold')} className={`items-center gap-1 text-xs font-semibold text-slate-600 hover:text-slate-900 ${inline ? 'mr-3 inline-flex align-middle' : 'mb-1 flex'}`}>
          {t('legendTitle')}
          <span aria-hidden="true">{folded ? '▸' : '▾'}</span>
        </button>
      )}
      <ul className={inline ? 'inline' : row ? 'flex flex-wrap gap-x-4 gap-y-1' : 'space-y-0.5'}>
        {zoneTypes.map((type) => (
          <li key={type} className={item}>
            <TypeDot type={type} size="lg" />
            {/* long English names wrap within the legend's width rather than widen it over the map */}
            <span className="leading-tight">{t(compact ? `typeShort.${type}` : `type.${type}`)}</span>
            {!compact && <span className="ml-auto pl-3 text-xs text-slate-600 tabular-nums">{counts.get(type) ?? 0}</span>}
          </li>
        ))}
        {approximate > 0 && (
          <li className={item} title={t('legendApproximateHint')} data-testid="legend-approximate">
            {/* the map's halo: a neutral dot in a soft ring, whatever the zone's type */}
            <span aria-hidden="true" className="inline-block size-3 shrink-0 rounded-full bg-slate-500 shadow-[0_0_0_4px_rgba(100,116,139,0.35)]" />
            <span className="leading-tight">{t(compact ? 'legendApproximateShort' : 'legendApproximate')}</span>
            {!compact && <span className="ml-auto pl-3 text-xs text-slate-600 tabular-nums">{approximate}</span>}
          </li>
        )}
      </ul>
    </div>
  );
}
