/**
 * Prefecture-level places for reference labels on the zoomed-in map, from the province maps that
 * ECharts ships (map/json/province/*.json): each feature is one prefecture-level division, and its
 * `cp` is the point ECharts labels it at — the city proper, for a city. The four municipalities
 * (whose files hold districts), Hong Kong, Macao and Taiwan are left out: the province labels name them.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { pinyin } from 'pinyin-pro';
import type { EchartsMap } from './basemap-provinces';
import { roundTo } from './polygon-tools';

/** The province files used, each with its province: every province and autonomous region of the mainland. */
export const CITY_PROVINCE_FILES: Readonly<Record<string, string>> = {
  anhui: '安徽省', fujian: '福建省', gansu: '甘肃省', guangdong: '广东省', guangxi: '广西壮族自治区', guizhou: '贵州省',
  hainan: '海南省', hebei: '河北省', heilongjiang: '黑龙江省', henan: '河南省', hubei: '湖北省', hunan: '湖南省',
  jiangsu: '江苏省', jiangxi: '江西省', jilin: '吉林省', liaoning: '辽宁省', neimenggu: '内蒙古自治区', ningxia: '宁夏回族自治区',
  qinghai: '青海省', shandong: '山东省', shanxi: '山西省', shanxi1: '陕西省', sichuan: '四川省', xinjiang: '新疆维吾尔自治区',
  xizang: '西藏自治区', yunnan: '云南省', zhejiang: '浙江省',
};

/** The capitals of those provinces: where labels collide, a capital's is placed first. */
export const CAPITALS = new Set([
  '合肥市', '福州市', '兰州市', '广州市', '南宁市', '贵阳市', '海口市', '石家庄市', '哈尔滨市', '郑州市', '武汉市', '长沙市', '南京市', '南昌市',
  '长春市', '沈阳市', '呼和浩特市', '银川市', '西宁市', '济南市', '太原市', '西安市', '成都市', '乌鲁木齐市', '拉萨市', '昆明市', '杭州市',
]);

/** Divisions in the 2019-era ECharts data that no longer exist: 莱芜市 was merged into 济南市 in January 2019. */
export const DISSOLVED = new Set(['莱芜市']);

/**
 * `label_*`: the map's label; `short_*`: the name without its kind (大理 for 大理州, Linxia for
 * Linxia Pref.), which people also search by; `rank`: 0 for a provincial capital, 1 otherwise.
 */
export type CityProperties = { name_zh: string; label_zh: string; label_en: string; short_zh: string; short_en: string; province: string; rank: 0 | 1 };
export type CityFeature = Feature<Point, CityProperties>;

const ETHNIC = ['朝鲜族', '回族', '苗族', '侗族', '白族', '傣族', '景颇族', '藏族', '羌族', '彝族', '土家族', '蒙古族', '蒙古', '哈萨克', '柯尔克孜', '壮族', '哈尼族', '傈僳族', '布依族', '黎族'];

/**
 * English names where the official or usual romanisation is not the Mandarin pinyin of the
 * characters (names from Uyghur, Mongolian, Tibetan, Kazakh and Manchu; 喀什's 什 read as shén by pinyin-pro).
 */
const ENGLISH: Readonly<Record<string, string>> = {
  乌鲁木齐: 'Ürümqi', 克拉玛依: 'Karamay', 吐鲁番: 'Turpan', 喀什: 'Kashgar', 阿克苏: 'Aksu', 和田: 'Hotan',
  克孜勒苏: 'Kizilsu', 博尔塔拉: 'Bortala', 巴音郭楞: 'Bayingolin', 伊犁: 'Ili', 阿勒泰: 'Altay', 阿拉尔: 'Aral',
  图木舒克: 'Tumxuk', 可克达拉: 'Kokdala', 呼和浩特: 'Hohhot', 鄂尔多斯: 'Ordos', 呼伦贝尔: 'Hulunbuir',
  巴彦淖尔: 'Bayannur', 乌兰察布: 'Ulanqab', 兴安: 'Hinggan', 锡林郭勒: 'Xilingol', 阿拉善: 'Alxa',
  大兴安岭: 'Da Hinggan Ling', 哈尔滨: 'Harbin', 齐齐哈尔: 'Qiqihar', 拉萨: 'Lhasa', 日喀则: 'Shigatse', 昌都: 'Qamdo', 林芝: 'Nyingchi', 那曲: 'Nagqu',
  阿里: 'Ngari', 果洛: 'Golog', 甘孜: 'Garzê', 阿坝: 'Ngawa', 迪庆: 'Dêqên',
};

/**
 * The short name a map label uses: 兰州市 → 兰州, 昌吉回族自治州 → 昌吉 (kind 州), 定安县 and
 * 保亭黎族苗族自治县 → 定安, 保亭 (kind 县), 阿克苏地区 → 阿克苏 (kind 地区: shown without it, as
 * several 地区 of this 2019-era data have since become cities).
 */
export function shortName(full: string): { base: string; kind: '' | '州' | '县' | '地区' | '盟' | '林区' } {
  const autonomous = /自治(州|县)$/.exec(full);
  if (autonomous) {
    let base = full.slice(0, autonomous.index);
    for (let changed = true; changed; ) {
      changed = false;
      for (const e of ETHNIC)
        if (base.endsWith(e) && base.length > e.length) {
          base = base.slice(0, -e.length);
          changed = true;
        }
    }
    return { base, kind: autonomous[1] as '州' | '县' };
  }
  for (const kind of ['地区', '林区', '盟', '县'] as const) if (full.endsWith(kind)) return { base: full.slice(0, -kind.length), kind };
  return { base: full.replace(/市$/, ''), kind: '' };
}

/** Pinyin with capital initial and the apostrophe before a syllable that starts with a, o or e (西安 → Xi'an). */
export function romanise(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace(/v/g, 'ü'));
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export function cityLabels(full: string): { label_zh: string; label_en: string; short_zh: string; short_en: string } {
  const { base, kind } = shortName(full);
  const en = ENGLISH[base] ?? romanise(base);
  const suffix = { '': ['', ''], 州: ['州', ' Pref.'], 县: ['县', ' County'], 地区: ['', ''], 盟: ['盟', ' League'], 林区: ['林区', ' Forestry District'] }[kind];
  return { label_zh: `${base}${suffix[0]}`, label_en: `${en}${suffix[1]}`, short_zh: base, short_en: en };
}

export const CITY_DECIMALS = 4;

export type CityBuild = {
  cities: FeatureCollection<Point, CityProperties>;
  stats: { placed: number; dissolved: string[]; repeated: string[]; withoutPoint: string[] };
};

/**
 * One point per place, at ECharts' own label point (`cp`). A place the data gives no such point
 * (哈密市 and 昆玉市 in this version) is left out rather than placed at a guessed centre: a
 * prefecture's middle can lie far from its city.
 */
export function buildCities(maps: readonly { province: string; map: EchartsMap }[]): CityBuild {
  const stats = { placed: 0, dissolved: [] as string[], repeated: [] as string[], withoutPoint: [] as string[] };
  const seen = new Set<string>();
  const cities: CityFeature[] = [];
  for (const { province, map } of maps)
    for (const { properties } of map.features) {
      const { name, cp } = properties;
      if (DISSOLVED.has(name)) stats.dissolved.push(name);
      else if (seen.has(name)) stats.repeated.push(name); // 山南市 is stored twice in xizang.json, once without a point
      else if (!cp) stats.withoutPoint.push(name);
      else {
        seen.add(name);
        stats.placed += 1;
        cities.push({
          type: 'Feature',
          properties: { name_zh: name, ...cityLabels(name), province, rank: CAPITALS.has(name) ? 0 : 1 },
          geometry: { type: 'Point', coordinates: [roundTo(cp[0], CITY_DECIMALS), roundTo(cp[1], CITY_DECIMALS)] },
        });
      }
    }
  return { cities: { type: 'FeatureCollection', features: cities }, stats };
}
