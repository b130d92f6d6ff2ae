import { describe, expect, it } from 'vitest';
import { checkVerbatim, isVerbatim, normalize, splitPieces } from './verbatim';

// A passage laid out as in the print-extracted seeds: lines break mid-sentence, with stray spaces.
const ARTICLE = `2019 年，园区科技

与研发投入占比达 3.8%，比 2018 年

提升 0.9个百分点，科技支出 7.09亿

元，较上年增长 10%。目前，园区获

得国家科学技术奖一等奖2个、二等

奖 10个；高新技术企业达到 409家。`;

describe('normalize', () => {
  it('removes every kind of white space, including the ideographic space', () => {
    expect(normalize(' 银川\u3000高新区\n\t 200 家\u00a0企业 ')).toBe('银川高新区200家企业');
  });
});

describe('splitPieces', () => {
  it('splits on …… and drops empty pieces', () => {
    expect(splitPieces('甲乙……丙 丁……')).toEqual(['甲乙', '丙丁']);
  });
});

describe('checkVerbatim', () => {
  it('accepts a quote whose text matches once white space is ignored', () => {
    expect(isVerbatim('2019年，园区科技与研发投入占比达3.8%，比2018年提升0.9个百分点', ARTICLE)).toBe(true);
  });

  it('accepts pieces joined by …… when they appear in order', () => {
    expect(isVerbatim('园区科技与研发投入占比达3.8%……高新技术企业达到409家。', ARTICLE)).toBe(true);
  });

  it('rejects a quote with one changed character', () => {
    expect(checkVerbatim('高新技术企业达到408家', ARTICLE)).toEqual({ ok: false, piece: '高新技术企业达到408家', reason: 'not-found' });
  });

  it('rejects a paraphrase', () => {
    expect(isVerbatim('园区研发投入比重为3.8%', ARTICLE)).toBe(false);
  });

  it('rejects a different punctuation mark', () => {
    expect(isVerbatim('科技支出7.09亿元,较上年增长10%', ARTICLE)).toBe(false);
  });

  it('rejects pieces that appear out of order', () => {
    expect(checkVerbatim('高新技术企业达到409家……科技支出7.09亿元', ARTICLE)).toEqual({ ok: false, piece: '科技支出7.09亿元', reason: 'out-of-order' });
  });

  it('rejects a quote that is only a gap marker', () => {
    expect(checkVerbatim(' …… ', ARTICLE).ok).toBe(false);
  });
});
