import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { isHelpKey, shortcutGroups, type KeyCombo } from './shortcuts';
import { useShortcutText } from './strings';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

function Combo({ combo }: { combo: KeyCombo }) {
  const t = useShortcutText();
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap">
      {combo.map((key, i) => (
        <span key={key} className="inline-flex items-center gap-1">
          {i > 0 && <span aria-hidden="true">+</span>}
          <kbd className="min-w-7 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-sans text-xs font-semibold text-slate-800 shadow-[0_1px_0_var(--color-slate-300)]">
            {key.startsWith('key.') ? t(key as Parameters<typeof t>[0]) : key}
          </kbd>
        </span>
      ))}
    </span>
  );
}

/**
 * The keyboard shortcuts, in a modal dialog. Its keys are its own: they stop here, so the page's
 * shortcuts (Escape closing the zone panel or leaving presentation mode) do not also fire.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useShortcutText();
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panelRef.current?.querySelector<HTMLElement>('[data-close]')?.focus();
    return () => opener?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape' || isHelpKey(e)) {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab') {
      const items = [...(panelRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      const [first, last] = [items[0], items[items.length - 1]];
      const wrapTo = e.shiftKey ? (document.activeElement === first ? last : null) : document.activeElement === last ? first : null;
      if (wrapTo) {
        e.preventDefault();
        wrapTo.focus();
      }
    }
  };

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        className="max-h-[90dvh] w-full max-w-4xl overflow-y-auto rounded-xl bg-white p-5 shadow-xl ring-1 ring-slate-300"
      >
        <div className="mb-3 flex items-center justify-between gap-4">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {t('title')}
          </h2>
          <button type="button" data-close onClick={onClose} className="rounded-md px-3 py-1 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600">
            {t('close')}
          </button>
        </div>
        <div className="grid gap-x-8 gap-y-4 md:grid-cols-2">
          {shortcutGroups.map((group) => (
            <section key={group.id} aria-labelledby={`${titleId}-${group.id}`} className={group.id === 'present' ? 'md:col-start-2 md:row-span-2 md:row-start-1' : ''}>
              <h3 id={`${titleId}-${group.id}`} className="mb-1.5 text-sm font-semibold text-slate-600">
                {t(group.id)}
              </h3>
              <dl className="grid grid-cols-[auto_minmax(7em,1fr)] items-baseline gap-x-3 gap-y-1.5 text-sm">
                {group.items.map((item) => (
                  <div key={item.label} className="contents" data-shortcut={item.label}>
                    <dt className="flex flex-wrap items-center gap-1">
                      {item.combos.map((combo, i) => (
                        <span key={combo.join('+')} className="inline-flex items-center gap-1">
                          {i > 0 && <span className="text-xs text-slate-500">{t('or')}</span>}
                          <Combo combo={combo} />
                        </span>
                      ))}
                    </dt>
                    <dd className="text-slate-700">{t(item.label)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}

/** The header's way to the list, for those who do not know the "?" key. */
export function ShortcutsButton({ onOpen }: { onOpen: () => void }) {
  const t = useShortcutText();
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-haspopup="dialog"
      aria-keyshortcuts="?"
      aria-label={t('title')}
      title={t('open')}
      className="rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"
    >
      ?
    </button>
  );
}
