import { useCallback } from 'react';
import { useLang, type Lang } from '../../lib/i18n';

const zh = {
  title: '对比',
  remove: '从对比中移除 {name}',
  clear: '清空对比',
  empty: '至少选择两个区域才能对比。',
  emptyHint: '在区域详情中点“加入对比”，或在地图上选择更多区域。',
  facts: '基本情况',
  indicators: '共有指标',
  noShared: '所选区域没有共同的指标数据。',
  normalisation: '数值口径',
  'norm.absolute': '原始数值',
  'norm.per-km2': '每平方公里',
  'norm.province-share': '占所在省份比重',
  'applied.absolute': '原始数值',
  'applied.per-km2': '除以规划面积（km²）',
  'applied.province-share': '占所在省份同期同单位数值的百分比',
  'na.kind': '增速、比重类指标不做换算，显示原始数值',
  'na.area-unit': '面积类指标不按面积换算，显示原始数值',
  display: '显示方式',
  'display.chart': '图表',
  'display.table': '表格',
  missing: '暂缺',
  'missing.no-value': '该时期、该单位无数据',
  'missing.no-area': '规划面积暂缺',
  'missing.no-province-total': '无所在省份同期同单位数据',
  rank: '名次',
  zone: '区域',
  value: '数值',
  source: '来源',
  sources: '出处',
  denominatorArea: '÷ 规划面积 {area} km²',
  denominatorProvince: '÷ {province} {value}',
  type: '类型',
  approved: '批复',
  area: '规划面积',
  industries: '主导产业',
  comparedOf: '{n}/{of} 个区域有数据',
  'short.new-area': '新区',
  'short.high-tech-zone': '高新区',
  'short.etdz': '经开区',
  'short.bonded-zone': '综保区',
  openZone: '查看{name}详情',
};

export type CompareStringKey = keyof typeof zh;

const en: Record<CompareStringKey, string> = {
  title: 'Compare',
  remove: 'Remove {name} from the comparison',
  clear: 'Clear comparison',
  empty: 'Pick at least two zones to compare.',
  emptyHint: 'Use “Add to compare” in a zone’s panel, or pick more zones on the map.',
  facts: 'Facts',
  indicators: 'Shared indicators',
  noShared: 'These zones share no indicator with sourced values.',
  normalisation: 'Values',
  'norm.absolute': 'As published',
  'norm.per-km2': 'Per km²',
  'norm.province-share': 'Share of province',
  'applied.absolute': 'as published',
  'applied.per-km2': 'divided by planned area (km²)',
  'applied.province-share': '% of the host province’s figure (same unit and period)',
  'na.kind': 'growth rates and shares are not rescaled: shown as published',
  'na.area-unit': 'areas are not divided by area: shown as published',
  display: 'Show as',
  'display.chart': 'Chart',
  'display.table': 'Table',
  missing: 'no data',
  'missing.no-value': 'no figure for this period and unit',
  'missing.no-area': 'planned area unknown',
  'missing.no-province-total': 'no province figure for this period and unit',
  rank: 'Rank',
  zone: 'Zone',
  value: 'Value',
  source: 'Source',
  sources: 'Sources',
  denominatorArea: '÷ planned area {area} km²',
  denominatorProvince: '÷ {province} {value}',
  type: 'Type',
  approved: 'Approved',
  area: 'Planned area',
  industries: 'Lead industries',
  comparedOf: '{n} of {of} zones have a value',
  'short.new-area': 'New area',
  'short.high-tech-zone': 'High-tech',
  'short.etdz': 'ETDZ',
  'short.bonded-zone': 'Bonded',
  openZone: 'Open {name}',
};

const table = { zh, en } as const;

/** This feature's strings, kept here until the lead merges them into src/lib/messages.ts. */
export function compareText(lang: Lang, key: CompareStringKey, vars: Record<string, string | number> = {}): string {
  return table[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function useCompareText() {
  const lang = useLang();
  return useCallback((key: CompareStringKey, vars?: Record<string, string | number>) => compareText(lang, key, vars), [lang]);
}
