import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useT } from '../lib/i18n';
import { sheetShare, snapSheet, stepSheet, tapSheet, type SheetSize } from './sheet-size';
import { usePhone } from './use-phone';

type Props = {
  label: string;
  testId: string;
  /** the panel scrolls as a whole (true), or its content has its own scroll area below a fixed header */
  scroll: boolean;
  print?: boolean;
  /** the sheet covers the whole map (a phone, full size), or no longer does */
  onCover: (covered: boolean) => void;
  children: ReactNode;
};

/** Beside the map, 36% of the width; on a phone, below it, full width. */
const base = 'relative w-[clamp(340px,36vw,520px)] max-md:w-full shrink-0 border-l border-slate-200 max-md:border-l-0 max-md:border-t bg-white shadow-[-4px_0_12px_rgba(15,23,42,0.04)] max-md:shadow-[0_-4px_12px_rgba(15,23,42,0.08)]';
/** the phone heights: the two smaller ones leave the upper part to the map; the full one covers it */
const heights: Record<SheetSize, string> = {
  peek: 'max-md:h-[35%]',
  half: 'max-md:h-[58%]',
  full: 'max-md:absolute max-md:inset-0 max-md:z-20',
};

type Drag = { pointer: number; y: number; height: number; space: number; moved: boolean };

/**
 * The panel. On a phone it is a sheet with a handle on top: drag it, tap it (up to the full screen
 * and back) or use the arrow keys on it. It opens at half the screen each time.
 */
export function PanelSheet({ label, testId, scroll, print = true, onCover, children }: Props) {
  const t = useT();
  const phone = usePhone();
  const [size, setSize] = useState<SheetSize>('half');
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const asideRef = useRef<HTMLElement>(null);
  const drag = useRef<Drag | null>(null);
  const dragged = useRef(false);
  const covered = phone && size === 'full';

  useEffect(() => {
    onCover(covered);
    return () => onCover(false);
  }, [covered, onCover]);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const aside = asideRef.current;
    const space = aside?.parentElement?.getBoundingClientRect().height;
    if (e.button !== 0 || !aside || !space) return;
    dragged.current = false;
    drag.current = { pointer: e.pointerId, y: e.clientY, height: aside.getBoundingClientRect().height, space, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    const dy = d.y - e.clientY;
    if (!d.moved && Math.abs(dy) < 6) return;
    d.moved = true;
    // below the full size the map keeps at least a strip, so it is never squeezed to nothing
    const max = size === 'full' ? d.space : d.space - 48;
    setDragHeight(Math.round(Math.min(max, Math.max(d.space * 0.2, d.height + dy))));
  };
  const onPointerEnd = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    drag.current = null;
    if (d.moved) {
      // the click that follows the release is part of the drag, not a tap
      dragged.current = true;
      setSize(snapSheet((d.height + d.y - e.clientY) / d.space));
    }
    setDragHeight(null);
  };
  const onClick = () => {
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    setSize(tapSheet(size));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Partial<Record<string, SheetSize>> = { ArrowUp: stepSheet(size, 1), ArrowDown: stepSheet(size, -1), Home: 'peek', End: 'full', Enter: tapSheet(size), ' ': tapSheet(size) };
    const next = keys[e.key];
    if (!next) return;
    e.preventDefault();
    setSize(next);
  };

  return (
    <aside
      ref={asideRef}
      aria-label={label}
      className={`${base} ${heights[size]} ${scroll ? 'overflow-y-auto' : 'overflow-hidden max-md:flex max-md:flex-col'}`}
      style={dragHeight === null ? undefined : { height: dragHeight, top: 'auto' }}
      data-testid={testId}
      data-sheet={size}
      data-print={print ? 'sheet' : undefined}
    >
      <div
        role="separator"
        aria-orientation="horizontal"
        aria-label={t('sheetResize')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(sheetShare[size] * 100)}
        aria-valuetext={t(`sheet.${size}`)}
        title={t('sheetHint')}
        tabIndex={0}
        data-testid="sheet-handle"
        data-print="hide"
        className="sticky top-0 z-10 flex h-6 w-full shrink-0 cursor-grab touch-none items-center justify-center bg-white outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-inset active:cursor-grabbing md:hidden"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <span aria-hidden="true" className="h-1.5 w-10 rounded-full bg-slate-400" />
      </div>
      {scroll ? children : <div className="h-full min-h-0 max-md:flex-1">{children}</div>}
    </aside>
  );
}
