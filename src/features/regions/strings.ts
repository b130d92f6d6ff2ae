import { createStrings } from '../../lib/i18n';

const zh = {
  title: '地区概览',
  scope: '本图收录的 {n} 个区域（并非全部国家级开发区）',
  byRegion: '各地区区域数量（按类型）',
  approvals: '历年批复设立数量（按类型）',
  approvalsNote: '自 1984 年首个国家级经开区（大连）起，至 {year} 年',
  provinces: '各省份',
  province: '省份',
  total: '合计',
  area: '规划面积',
  areaTotal: '规划面积合计 {km2} km²（{n} 个区域）；{missing} 个区域面积暂缺，未计入',
  areaMissing: '{n} 个暂缺',
  missing: '暂缺',
  shading: '地图着色',
  'metric.zones': '区域数',
  'metric.new-area': '国家级新区数',
  'metric.high-tech-zone': '高新区数',
  'metric.etdz': '经开区数',
  'metric.area': '规划面积（km²）',
  none: '无 / 暂缺',
  zones: '{n} 个区域',
  year: '年份',
  showZones: '展开{province}的区域',
  source: '来源：本图区域数据（data/zones.geojson）',
};

export type RegionsStringKey = keyof typeof zh;

const en: Record<RegionsStringKey, string> = {
  title: 'Regions',
  scope: 'The {n} zones in this atlas (not every national-level zone)',
  byRegion: 'Zones per region, by type',
  approvals: 'Approvals per year, by type',
  approvalsNote: 'From 1984, when the first national ETDZ (Dalian) was approved, to {year}',
  provinces: 'Provinces',
  province: 'Province',
  total: 'Total',
  area: 'Planned area',
  areaTotal: 'Planned area in total {km2} km² ({n} zones); {missing} zones have no known area and are not included',
  areaMissing: '{n} unknown',
  missing: 'no data',
  shading: 'Map shading',
  'metric.zones': 'Zones',
  'metric.new-area': 'National new areas',
  'metric.high-tech-zone': 'High-tech zones',
  'metric.etdz': 'ETDZs',
  'metric.area': 'Planned area (km²)',
  none: 'none / no data',
  zones: '{n} zones',
  year: 'Year',
  showZones: 'Show the zones in {province}',
  source: 'Source: the atlas’s zone data (data/zones.geojson)',
};

/** This feature's strings, in both languages. */
export const { text: regionsText, useText: useRegionsText } = createStrings<RegionsStringKey>({ zh, en });
