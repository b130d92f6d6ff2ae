import { describe, expect, it } from 'vitest';
import { commonUnit, convertUnit, sameFamily } from './units';

describe('units a power of ten apart', () => {
  it('moves a figure between 亿元 and billion yuan exactly, with no floating-point drift', () => {
    expect(convertUnit(210.08, 'billion yuan', '亿元')).toBe(2100.8);
    expect(convertUnit(4012.1, '亿元', 'billion yuan')).toBe(401.21);
    expect(convertUnit(12.82, '万亿元', '亿元')).toBe(128200);
    expect(convertUnit(0.3, '亿美元', '万美元')).toBe(3000);
  });

  it('never converts between currencies or into a unit it does not know', () => {
    expect(convertUnit(50, '亿美元', '亿元')).toBeNull();
    expect(convertUnit(5, '万家', '家')).toBeNull();
    expect(sameFamily('亿元', 'billion yuan')).toBe(true);
    expect(sameFamily('亿元', '亿美元')).toBe(false);
    expect(sameFamily('家', '家')).toBe(true);
  });

  it('draws a mixed axis in 亿元 (亿美元), and figures that agree in their own unit', () => {
    expect(commonUnit(['billion yuan', 'billion yuan', '亿元'])).toBe('亿元');
    expect(commonUnit(['万美元', 'billion US$'])).toBe('亿美元');
    expect(commonUnit(['billion yuan', 'billion yuan'])).toBe('billion yuan');
    expect(commonUnit(['家'])).toBe('家');
    expect(commonUnit([])).toBeUndefined();
  });
});
