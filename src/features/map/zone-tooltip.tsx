import { translate, type Lang } from '../../lib/i18n';
import { zoneTypeColor } from '../../lib/palette';
import type { ZoneFeature } from '../../schemas/zone';

export type HoverInfo = { zone: ZoneFeature; x: number; y: number };

export function ZoneTooltip({ info, lang }: { info: HoverInfo; lang: Lang }) {
  const { zone, x, y } = info;
  const p = zone.properties;
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 max-w-72 -translate-x-1/2 rounded-md bg-slate-900/95 px-3 py-2 text-sm text-white shadow-lg"
      style={{ left: x, top: y - 14, transform: 'translate(-50%, -100%)' }}
    >
      <div className="font-semibold">{lang === 'en' ? p.name_en : p.name_zh}</div>
      <div className="flex items-center gap-1.5 text-xs text-slate-300">
        <span className="inline-block size-2 rounded-full" style={{ background: zoneTypeColor[p.type] }} />
        {translate(lang, `type.${p.type}`)} · {lang === 'en' ? p.name_zh : p.name_en}
      </div>
    </div>
  );
}
