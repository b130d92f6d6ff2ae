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

  it('tells 近 (nearly: just below) from 不足 (under: below), as printed', () => {
    expect(qualified('nearly', '2,000家', 'zh')).toBe('近 2,000家');
    expect(qualified('nearly', '6 billion yuan', 'en')).toBe('nearly 6 billion yuan');
    expect(qualified('under', '500平方公里', 'zh')).toBe('不足 500平方公里');
  });

  it('leaves an exact figure bare', () => {
    expect(qualified('exact', '85个', 'zh')).toBe('85个');
  });
});
