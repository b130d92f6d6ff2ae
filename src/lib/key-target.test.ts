// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keyBelongsToTarget } from './key-target';

const html = (markup: string) => {
  document.body.innerHTML = markup;
  return (selector: string) => document.querySelector(selector);
};

describe('keyBelongsToTarget', () => {
  it('claims keys typed into fields and keys inside a modal dialog', () => {
    const $ = html('<input id="q"><div role="combobox" id="c"></div><div aria-modal="true"><button id="in">x</button></div>');
    expect([$('#q'), $('#c'), $('#in')].map(keyBelongsToTarget)).toEqual([true, true, true]);
  });

  it('leaves keys on the page itself to the page', () => {
    const $ = html('<button id="b">x</button><div aria-modal="false"><button id="d">y</button></div>');
    expect([$('#b'), $('#d'), document.body, null].map(keyBelongsToTarget)).toEqual([false, false, false, false]);
  });
});
