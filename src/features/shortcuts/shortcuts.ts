import type { shortcutText } from './strings';

type StringKey = Parameters<typeof shortcutText>[1];

/** One way to press a shortcut: keys held together, e.g. ['Shift', 'key.click']; `key.*` names are translated. */
export type KeyCombo = readonly string[];
export type Shortcut = { combos: readonly KeyCombo[]; label: StringKey };
export type ShortcutGroup = { id: 'find' | 'map' | 'present'; items: readonly Shortcut[] };

/**
 * What the keys do, as the handlers implement them (search-box, use-escape, panel-sheet, use-tour-keys,
 * use-playback, MapLibre's keyboard handler; printing is the browser's own, see lib/print). Kept here as a list so the dialog can show it.
 */
export const shortcutGroups: readonly ShortcutGroup[] = [
  {
    id: 'find',
    items: [
      { combos: [['/']], label: 'focusSearch' },
      { combos: [['↑'], ['↓'], ['Enter']], label: 'chooseResult' },
      { combos: [['Shift', 'key.click']], label: 'addToCompare' },
      { combos: [['Esc']], label: 'closePanel' },
      { combos: [['↑'], ['↓'], ['Home'], ['End']], label: 'resizeSheet' },
      { combos: [['Ctrl', 'P'], ['⌘', 'P']], label: 'print' },
      { combos: [['?']], label: 'toggleHelp' },
    ],
  },
  {
    id: 'map',
    items: [
      { combos: [['+'], ['−']], label: 'zoom' },
      { combos: [['←'], ['↑'], ['→'], ['↓']], label: 'pan' },
    ],
  },
  {
    id: 'present',
    items: [
      { combos: [['→'], ['PageDown'], ['key.space']], label: 'next' },
      { combos: [['←'], ['PageUp'], ['Shift', 'key.space']], label: 'prev' },
      { combos: [['Home'], ['End']], label: 'ends' },
      { combos: [['F']], label: 'fullscreen' },
      { combos: [['K'], ['key.space']], label: 'playback' },
      { combos: [['Esc']], label: 'exit' },
    ],
  },
];

type KeyLike = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** "?" opens the list; Shift is allowed because most layouts need it for "?". */
export const isHelpKey = (e: KeyLike) => e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey;
