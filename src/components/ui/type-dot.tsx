import { zoneTypeColor } from '../../lib/palette';
import type { ZoneType } from '../../schemas/zone';

const sizes = { sm: 'size-2', md: 'size-2.5', lg: 'size-3 ring-2 ring-white' } as const;

/** A zone type's colour as a dot, beside a name; it never shrinks, however long the name. */
export function TypeDot({ type, size = 'md' }: { type: ZoneType; size?: keyof typeof sizes }) {
  return <span aria-hidden="true" className={`inline-block shrink-0 rounded-full ${sizes[size]}`} style={{ background: zoneTypeColor[type] }} />;
}
