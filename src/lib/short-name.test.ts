import { describe, expect, it } from 'vitest';
import { shortName } from './short-name';

describe('shortName', () => {
  it('uses the common Chinese abbreviations', () => {
    expect(shortName('贵阳国家高新技术产业开发区', 'zh')).toBe('贵阳高新区');
    expect(shortName('西安高新技术产业开发区', 'zh')).toBe('西安高新区');
    expect(shortName('漳州招商局经济技术开发区', 'zh')).toBe('漳州招商局经开区');
    expect(shortName('广州黄埔综合保税区', 'zh')).toBe('广州黄埔综保区');
    expect(shortName('兰州新区', 'zh')).toBe('兰州新区');
  });
  it('shortens the English type words and keeps the place', () => {
    expect(shortName('Guiyang National High-tech Industrial Development Zone', 'en')).toBe('Guiyang High-tech Zone');
    expect(shortName('Dalian Economic and Technological Development Zone', 'en')).toBe('Dalian ETDZ');
    expect(shortName('Beijing Economic-Technological Development Area', 'en')).toBe('Beijing ETDZ');
    expect(shortName("Gui'an Comprehensive Bonded Zone", 'en')).toBe("Gui'an Bonded Zone");
    expect(shortName('Guangzhou Free Trade Zone (Bonded Area)', 'en')).toBe('Guangzhou Free Trade Zone (Bonded Area)');
  });
});
