import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, formatPeriod, formatUnitLabel, formatValueWithUnit } from './format';

describe('formatNumber', () => {
  it('keeps every printed decimal', () => {
    expect(formatNumber(647.27, 'zh')).toBe('647.27');
    expect(formatNumber(25.01, 'en')).toBe('25.01');
    expect(formatNumber(12345.6789, 'en')).toBe('12,345.6789');
  });
});

describe('formatValueWithUnit', () => {
  it('writes Chinese units tight and glosses them in English', () => {
    expect(formatValueWithUnit(647.27, '亿元', 'zh')).toBe('647.27亿元');
    expect(formatValueWithUnit(647.27, '亿元', 'en')).toBe('64.727 billion yuan');
    expect(formatValueWithUnit(25.01, '%', 'en')).toBe('25.01%');
  });
});

describe('dates and periods', () => {
  it('show only the precision the data has', () => {
    expect(formatPartialDate('2012-08-20', 'zh')).toBe('2012年8月20日');
    expect(formatPartialDate('2012-08', 'en')).toBe('Aug 2012');
    expect(formatPartialDate('1984', 'en')).toBe('1984');
  });
  it('read half-years and ranges', () => {
    expect(formatPeriod('2024-H1', 'zh')).toBe('2024年上半年');
    expect(formatPeriod('2024-Q1', 'zh')).toBe('2024年第一季度');
    expect(formatPeriod('2025-Q1', 'en')).toBe('Q1 2025');
    expect(formatPeriod('2024-01/2024-08', 'en')).toBe('Jan 2024–Aug 2024');
    expect(formatPeriod('截至4月底', 'zh')).toBe('截至4月底');
  });
});

describe('English amounts from Chinese units', () => {
  it('turns 万 and 亿 into thousands, millions, billions and trillions, exactly', () => {
    expect(formatValueWithUnit(10.1, '万亿元', 'en')).toBe('10.1 trillion yuan');
    expect(formatValueWithUnit(5000, '万元', 'en')).toBe('50 million yuan');
    expect(formatValueWithUnit(0.3, '万元', 'en')).toBe('3 thousand yuan');
    expect(formatValueWithUnit(3191.43, '万人', 'en')).toBe('31.9143 million people');
    expect(formatValueWithUnit(1.08, '亿美元', 'en')).toBe('108 million US$');
  });
  it('keeps Chinese units as printed in Chinese', () => {
    expect(formatValueWithUnit(5000, '万元', 'zh')).toBe('5,000万元');
  });
});

describe('Chinese amounts from English units', () => {
  it('reads billions and trillions as 亿 and 万亿 for Chinese readers, exactly', () => {
    expect(formatValueWithUnit(26.93, 'billion yuan', 'zh')).toBe('269.3亿元');
    expect(formatValueWithUnit(1.91, 'trillion yuan', 'zh')).toBe('1.91万亿元');
    expect(formatValueWithUnit(0.3, 'billion yuan', 'zh')).toBe('3亿元');
    expect(formatValueWithUnit(6.5, 'million yuan', 'zh')).toBe('650万元');
    expect(formatValueWithUnit(8.9, 'billion US$', 'zh')).toBe('89亿美元');
  });
  it('leaves English units as printed in English, and glosses them in Chinese chart captions', () => {
    expect(formatValueWithUnit(26.93, 'billion yuan', 'en')).toBe('26.93 billion yuan');
    expect(formatUnitLabel('billion yuan', 'zh')).toBe('十亿元');
  });
});

describe('formatUnitLabel', () => {
  it('never leaves a chart caption without a unit', () => {
    expect(formatUnitLabel('个', 'en')).toBe('number');
    expect(formatUnitLabel('个', 'zh')).toBe('个');
    expect(formatUnitLabel('亿元', 'en')).toBe('× 100 million yuan');
  });
});

describe('counts in English', () => {
  it('reads a Chinese counting word as a bare number, since the label says what is counted', () => {
    // 229 家 national ETDZs, 9 条 production lines, 118 名 academicians: not "firms", not "routes"
    expect(formatValueWithUnit(229, '家', 'en')).toBe('229');
    expect(formatValueWithUnit(9, '条', 'en')).toBe('9');
    expect(formatValueWithUnit(118, '名', 'en')).toBe('118');
    expect(formatValueWithUnit(700, '班次', 'en')).toBe('700');
    expect(formatUnitLabel('家', 'en')).toBe('number');
    expect(formatValueWithUnit(229, '家', 'zh')).toBe('229家');
  });
  it('turns 万 in a count into thousands or millions, exactly, and glosses what is left', () => {
    expect(formatValueWithUnit(1.4, '万家', 'en')).toBe('14 thousand');
    expect(formatValueWithUnit(6000, '万只', 'en')).toBe('60 million');
    expect(formatValueWithUnit(3, '万标准机柜', 'en')).toBe('30 thousand standard racks');
    expect(formatValueWithUnit(1500, '万个/月', 'en')).toBe('15 million a month');
    expect(formatValueWithUnit(6.5, '万吨/年', 'en')).toBe('65 thousand t a year');
    expect(formatValueWithUnit(0.9, '个百分点', 'en')).toBe('0.9 percentage points');
    expect(formatUnitLabel('万标准机柜', 'en')).toBe('× 10,000 standard racks');
  });
});
