import { pinyin } from 'pinyin-pro';
import type { Lang } from './i18n';

/** English names of the provincial-level divisions, as the basemap names them. */
export const provinceEn: Readonly<Record<string, string>> = {
  北京市: 'Beijing', 天津市: 'Tianjin', 河北省: 'Hebei', 山西省: 'Shanxi', 内蒙古自治区: 'Inner Mongolia',
  辽宁省: 'Liaoning', 吉林省: 'Jilin', 黑龙江省: 'Heilongjiang', 上海市: 'Shanghai', 江苏省: 'Jiangsu',
  浙江省: 'Zhejiang', 安徽省: 'Anhui', 福建省: 'Fujian', 江西省: 'Jiangxi', 山东省: 'Shandong',
  河南省: 'Henan', 湖北省: 'Hubei', 湖南省: 'Hunan', 广东省: 'Guangdong', 广西壮族自治区: 'Guangxi',
  海南省: 'Hainan', 重庆市: 'Chongqing', 四川省: 'Sichuan', 贵州省: 'Guizhou', 云南省: 'Yunnan',
  西藏自治区: 'Tibet', 陕西省: 'Shaanxi', 甘肃省: 'Gansu', 青海省: 'Qinghai', 宁夏回族自治区: 'Ningxia',
  新疆维吾尔自治区: 'Xinjiang', 台湾省: 'Taiwan', 香港特别行政区: 'Hong Kong', 澳门特别行政区: 'Macao',
};

export const provinceName = (zh: string, lang: Lang) => (lang === 'en' ? (provinceEn[zh] ?? zh) : zh);

/** A city's name for English readers: its pinyin without the administrative suffix (昆明市 → Kunming, 西安市 → Xi'an). */
export function cityName(zh: string, lang: Lang): string {
  if (lang === 'zh') return zh;
  const core = zh.replace(/(市|地区|自治州|盟)$/, '');
  const syllables = pinyin(core, { toneType: 'none', type: 'array' });
  // Hanyu Pinyin's apostrophe: a syllable opening with a, o or e after another is set off (西安 → Xi'an)
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}
