import { useCallback } from 'react';
import { useLang, type Lang } from '../../lib/i18n';
import type { Bilingual } from '../../schemas/tour';

/** UI strings of the presentation feature; {name} placeholders are filled by the picker. */
export const strings = {
  tours: { zh: '导览', en: 'Tours' },
  tourPickerHint: { zh: '选择一段导览，在投影或大屏上按步讲解。', en: 'Pick a tour to present step by step on a projector or large screen.' },
  start: { zh: '开始', en: 'Start' },
  startTour: { zh: '开始导览：{title}', en: 'Start tour: {title}' },
  stepCount: { zh: '{n} 步', en: '{n} steps' },
  progress: { zh: '第 {n} 步，共 {count} 步', en: 'Step {n} of {count}' },
  goToStep: { zh: '转到第 {n} 步', en: 'Go to step {n}' },
  prev: { zh: '上一步', en: 'Previous' },
  next: { zh: '下一步', en: 'Next' },
  exit: { zh: '退出演示', en: 'Exit presentation' },
  exitShort: { zh: '退出', en: 'Exit' },
  steps: { zh: '导览步骤', en: 'Tour steps' },
  source: { zh: '来源', en: 'Source' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  restart: { zh: '从头播放', en: 'Restart' },
  playback: { zh: '逐年播放', en: 'Year by year' },
  year: { zh: '{year}年', en: '{year}' },
  zonesOnMap: { zh: '本图收录 {n} 个', en: '{n} on this map' },
  keysHint: { zh: '← → 翻页 · F 全屏 · Esc 退出', en: '← → step · F fullscreen · Esc exit' },
} satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof strings;

export const localize = (text: Bilingual, lang: Lang) => text[lang];

export function fill(text: string, vars?: Record<string, string | number>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
}

/** The string picker for the current language. */
export function usePresentText() {
  const lang = useLang();
  return useCallback((key: StringKey, vars?: Record<string, string | number>) => fill(strings[key][lang], vars), [lang]);
}
