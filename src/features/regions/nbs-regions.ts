import type { Region } from '../../schemas/zone';

/**
 * The National Bureau of Statistics' four economic regions (东部、中部、西部、东北), by the full
 * province names used in the zone data. Used only when a zone's own `region` is not given.
 */
const members: Record<Region, string[]> = {
  east: ['北京市', '天津市', '河北省', '上海市', '江苏省', '浙江省', '福建省', '山东省', '广东省', '海南省'],
  central: ['山西省', '安徽省', '江西省', '河南省', '湖北省', '湖南省'],
  west: ['内蒙古自治区', '广西壮族自治区', '重庆市', '四川省', '贵州省', '云南省', '西藏自治区', '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区'],
  northeast: ['辽宁省', '吉林省', '黑龙江省'],
};

const byProvince = new Map(Object.entries(members).flatMap(([region, provinces]) => provinces.map((p) => [p, region as Region] as const)));

export const provinceRegion = (province: string): Region | null => byProvince.get(province) ?? null;
