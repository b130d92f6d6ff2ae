import type { Lang } from './i18n';

// The abbreviations in common use (经开区, 高新区, 综保区; ETDZ, HTZ …), where room is short: map
// labels and the compare chips, whose full names stay in their accessible names. Panels, tooltips and
// lists keep the official names.
const zh: [RegExp, string][] = [
  [/国家高新技术产业开发区$/, '高新区'],
  [/高新技术产业开发区$/, '高新区'],
  [/经济技术开发区$/, '经开区'],
  [/综合保税区$/, '综保区'],
];
const en: [RegExp, string][] = [
  [/(National )?High-tech Industrial Development Zone$/, 'High-tech Zone'],
  [/Economic(-| and )Technological Development (Zone|Area)$/, 'ETDZ'],
  [/Comprehensive Bonded Zone$/, 'Bonded Zone'],
];

/** A zone's name shortened for a map label or a chip. */
export function shortName(name: string, lang: Lang): string {
  for (const [pattern, short] of lang === 'en' ? en : zh) if (pattern.test(name)) return name.replace(pattern, short);
  return name;
}
