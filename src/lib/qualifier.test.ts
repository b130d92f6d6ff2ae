import { describe, expect, it } from 'vitest';
import { qualified } from './qualifier';

describe('qualified', () => {
  it('keeps the qualifier the source printed, in either language', () => {
    expect(qualified('about', '300亿元', 'zh')).toBe('约 300亿元');
    expect(qualified('at-least', '931.93亿元', 'en')).toBe('at least 931.93亿元');
  });

  it('marks a forecast or preliminary figure (预计) as estimated', () => {
    expect(qualified('estimate', '4,450亿元', 'zh')).toBe('预计 4,450亿元');
    expect(qualified('estimate', '445 billion yuan', 'en')).toBe('estimated 445 billion yuan');
  });

  it('leaves an exact figure bare', () => {
    expect(qualified('exact', '85个', 'zh')).toBe('85个');
  });
});
