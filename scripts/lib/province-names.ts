/**
 * Names for the provincial-level divisions, keyed by the short name ECharts' china map uses.
 * ECharts drops the administrative suffix (甘肃 rather than 甘肃省), while zone records and the
 * map's labels use the full official name, so the full name is the one to compare against.
 */
export type FeatureKind = 'province' | 'islands';

export type DivisionName = { zh: string; en: string; kind: FeatureKind };

export const DIVISION_NAMES: Readonly<Record<string, DivisionName>> = {
  北京: { zh: '北京市', en: 'Beijing', kind: 'province' },
  天津: { zh: '天津市', en: 'Tianjin', kind: 'province' },
  河北: { zh: '河北省', en: 'Hebei', kind: 'province' },
  山西: { zh: '山西省', en: 'Shanxi', kind: 'province' },
  内蒙古: { zh: '内蒙古自治区', en: 'Inner Mongolia', kind: 'province' },
  辽宁: { zh: '辽宁省', en: 'Liaoning', kind: 'province' },
  吉林: { zh: '吉林省', en: 'Jilin', kind: 'province' },
  黑龙江: { zh: '黑龙江省', en: 'Heilongjiang', kind: 'province' },
  上海: { zh: '上海市', en: 'Shanghai', kind: 'province' },
  江苏: { zh: '江苏省', en: 'Jiangsu', kind: 'province' },
  浙江: { zh: '浙江省', en: 'Zhejiang', kind: 'province' },
  安徽: { zh: '安徽省', en: 'Anhui', kind: 'province' },
  福建: { zh: '福建省', en: 'Fujian', kind: 'province' },
  江西: { zh: '江西省', en: 'Jiangxi', kind: 'province' },
  山东: { zh: '山东省', en: 'Shandong', kind: 'province' },
  河南: { zh: '河南省', en: 'Henan', kind: 'province' },
  湖北: { zh: '湖北省', en: 'Hubei', kind: 'province' },
  湖南: { zh: '湖南省', en: 'Hunan', kind: 'province' },
  广东: { zh: '广东省', en: 'Guangdong', kind: 'province' },
  广西: { zh: '广西壮族自治区', en: 'Guangxi', kind: 'province' },
  海南: { zh: '海南省', en: 'Hainan', kind: 'province' },
  重庆: { zh: '重庆市', en: 'Chongqing', kind: 'province' },
  四川: { zh: '四川省', en: 'Sichuan', kind: 'province' },
  贵州: { zh: '贵州省', en: 'Guizhou', kind: 'province' },
  云南: { zh: '云南省', en: 'Yunnan', kind: 'province' },
  西藏: { zh: '西藏自治区', en: 'Tibet', kind: 'province' },
  陕西: { zh: '陕西省', en: 'Shaanxi', kind: 'province' },
  甘肃: { zh: '甘肃省', en: 'Gansu', kind: 'province' },
  青海: { zh: '青海省', en: 'Qinghai', kind: 'province' },
  宁夏: { zh: '宁夏回族自治区', en: 'Ningxia', kind: 'province' },
  新疆: { zh: '新疆维吾尔自治区', en: 'Xinjiang', kind: 'province' },
  台湾: { zh: '台湾省', en: 'Taiwan', kind: 'province' },
  香港: { zh: '香港特别行政区', en: 'Hong Kong', kind: 'province' },
  澳门: { zh: '澳门特别行政区', en: 'Macao', kind: 'province' },
  // Not a province: some ECharts map files carry it as an extra feature, drawn but never labelled.
  南海诸岛: { zh: '南海诸岛', en: 'South China Sea Islands', kind: 'islands' },
};

export const PROVINCE_COUNT = Object.values(DIVISION_NAMES).filter((n) => n.kind === 'province').length;
