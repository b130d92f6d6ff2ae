import { useLayoutEffect, useRef, useState } from 'react';
import { translate, type Lang } from '../../lib/i18n';
import type { ZoneFeature } from '../../schemas/zone';
import { TypeDot } from '../../components/ui/type-dot';

export type HoverInfo = { zone: ZoneFeature; x: number; y: number };

const GAP = 14;
const MARGIN = 4;

/**
 * Where the tooltip's top-left corner goes: centred above the pointer, moved sideways to stay inside
 * the map, and below the pointer when there is no room above.
 */
export function placeTooltip(pointer: { x: number; y: number }, size: { width: number; height: number }, bounds: { width: number; height: number }) {
  const maxLeft = Math.max(MARGIN, bounds.width - size.width - MARGIN);
  const left = Math.min(Math.max(pointer.x - size.width / 2, MARGIN), maxLeft);
  const above = pointer.y - GAP - size.height;
  const top = above >= MARGIN ? above : Math.min(pointer.y + GAP, Math.max(MARGIN, bounds.height - size.height - MARGIN));
  return { left, top };
}

export function ZoneTooltip({ info, lang }: { info: HoverInfo; lang: Lang }) {
  const { zone, x, y } = info;
  const p = zone.properties;
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const parent = el?.offsetParent as HTMLElement | null | undefined;
    if (!el || !parent) return;
    setPlace(placeTooltip({ x, y }, { width: el.offsetWidth, height: el.offsetHeight }, { width: parent.clientWidth, height: parent.clientHeight }));
  }, [x, y, zone.id, lang]);
  return (
    <div
      ref={ref}
      role="tooltip"
      className="pointer-events-none absolute z-10 max-w-72 rounded-md bg-slate-900/95 px-3 py-2 text-sm text-white shadow-lg"
      // Until measured (the layout effect runs before the browser paints), centred above the pointer.
      style={place ? { left: place.left, top: place.top } : { left: x, top: y - GAP, transform: 'translate(-50%, -100%)' }}
    >
      <div className="font-semibold">{lang === 'en' ? p.name_en : p.name_zh}</div>
      <div className="flex items-center gap-1.5 text-xs text-slate-300">
        <TypeDot type={p.type} size="sm" />
        {translate(lang, `type.${p.type}`)} · {lang === 'en' ? p.name_zh : p.name_en}
      </div>
      {p.uncertain.includes('position') && <div className="mt-1 text-xs text-amber-200">{translate(lang, 'positionApproximate')}</div>}
    </div>
  );
}
