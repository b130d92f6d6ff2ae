// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider, type Lang } from '../../lib/i18n';
import { ShortcutsButton, ShortcutsDialog } from './shortcuts-dialog';
import { useHelpKey } from './use-help-key';

/** The app's wiring in small: a button and the "?" key open the list; a field to type into. */
function Harness({ lang = 'zh' }: { lang?: Lang }) {
  const [open, setOpen] = useState(false);
  useHelpKey(() => setOpen(true));
  return (
    <LangProvider lang={lang}>
      <input aria-label="search" />
      <ShortcutsButton onOpen={() => setOpen(true)} />
      {open && <ShortcutsDialog onClose={() => setOpen(false)} />}
    </LangProvider>
  );
}

afterEach(cleanup);

describe('ShortcutsDialog', () => {
  it('opens on "?" and lists the shortcuts by group, in the language of the reader', async () => {
    render(<Harness lang="en" />);
    await userEvent.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Find and browse', 'Map (give it focus with Tab first)', 'Presentation mode']);
    expect(dialog.querySelector('[data-shortcut="prev"]')).toHaveTextContent('PageUporShift+SpacePrevious step');
    expect(dialog.querySelector('[data-shortcut="print"]')).toHaveTextContent('Ctrl+Por⌘+PPrint the panel');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('does not open while the reader types a "?" into a field', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole('textbox', { name: 'search' }), '?');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Escape to itself: it closes, the page does not see the key, and focus goes back', async () => {
    const pageKeys = vi.fn();
    window.addEventListener('keydown', pageKeys);
    render(<Harness />);
    const opener = screen.getByRole('button', { name: '键盘快捷键' });
    await userEvent.click(opener);
    expect(screen.getByRole('dialog', { name: '键盘快捷键' })).toBeInTheDocument();
    pageKeys.mockClear();
    await userEvent.keyboard('{Escape}');
    window.removeEventListener('keydown', pageKeys);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(pageKeys).not.toHaveBeenCalled();
    expect(opener).toHaveFocus();
  });

  it('keeps Tab inside, and closes on "?" again or a click beside it', async () => {
    render(<Harness />);
    await userEvent.keyboard('?');
    const close = screen.getByRole('button', { name: '关闭' });
    await userEvent.tab();
    expect(close).toHaveFocus();
    await userEvent.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.keyboard('?');
    fireEvent.mouseDown(screen.getByRole('dialog').parentElement!);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
