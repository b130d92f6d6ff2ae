import { describe, expect, it } from 'vitest';
import { defaultPrefecturesDir, loadPrefectures, prefectureAt } from './prefectures';

describe('prefecture outlines from the ECharts province maps', () => {
  const prefectures = loadPrefectures(defaultPrefecturesDir()!);

  it('finds the prefecture around a point, in encoded and in plain files alike', () => {
    expect(prefectureAt(103.8236, 36.058, prefectures)).toBe('兰州市'); // gansu.json, encoded
    expect(prefectureAt(91.1322, 29.6604, prefectures)).toBe('拉萨市'); // xizang.json, plain coordinates
    expect(prefectureAt(87.6177, 43.7928, prefectures)).toBe('乌鲁木齐市');
    expect(prefectureAt(125, 30, prefectures)).toBeNull(); // the East China Sea
  });

  it('leaves out the municipalities’ districts, Hong Kong, Macao and Taiwan', () => {
    const names = new Set(prefectures.map((p) => p.name));
    for (const name of ['东城区', '浦东新区', '渝中区', '中西区', '高雄市']) expect(names.has(name), name).toBe(false);
    expect(prefectures.length).toBeGreaterThan(350);
  });

  it('gives nothing for a folder that does not exist', () => {
    expect(loadPrefectures('/no/such/folder')).toEqual([]);
  });
});
