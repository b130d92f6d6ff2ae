import { useLang } from '../../lib/i18n';
import { zoneTypeColor } from '../../lib/palette';
import type { ZoneFeature } from '../../schemas/zone';

type Props = { zones: readonly ZoneFeature[]; selectedId: string | null; onSelect: (id: string) => void };

/** Every zone as a button: the way to reach zones with the keyboard, and without a map. */
export function ZoneList({ zones, selectedId, onSelect }: Props) {
  const lang = useLang();
  const sorted = [...zones].sort((a, b) => a.properties.name_zh.localeCompare(b.properties.name_zh, 'zh-CN'));
  return (
    <ul className="divide-y divide-slate-100" aria-label="zones">
      {sorted.map((z) => (
        <li key={z.id}>
          <button
            type="button"
            onClick={() => onSelect(z.id)}
            aria-current={z.id === selectedId ? 'true' : undefined}
            className="flex w-full items-center gap-2 px-3 py-2 text-left text-sm hover:bg-slate-50 aria-[current=true]:bg-amber-50"
          >
            <span className="inline-block size-2.5 shrink-0 rounded-full" style={{ background: zoneTypeColor[z.properties.type] }} />
            <span className="font-medium text-slate-900">{lang === 'en' ? z.properties.name_en : z.properties.name_zh}</span>
            <span className="ml-auto text-xs text-slate-500">{z.properties.province}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
