// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { openSourcesWhilePrinting } from './print';

afterEach(() => document.body.replaceChildren());

describe('openSourcesWhilePrinting', () => {
  it('opens the closed source notes of a printable sheet for printing, and closes just those afterwards', () => {
    document.body.innerHTML = `
      <aside data-print="sheet"><details id="a"><summary>a</summary>x</details><details id="b" open><summary>b</summary>y</details></aside>
      <nav><details id="c"><summary>c</summary>z</details></nav>`;
    const stop = openSourcesWhilePrinting();
    const open = () => ['a', 'b', 'c'].map((id) => (document.getElementById(id) as HTMLDetailsElement).open);
    window.dispatchEvent(new Event('beforeprint'));
    expect(open()).toEqual([true, true, false]);
    window.dispatchEvent(new Event('afterprint'));
    expect(open()).toEqual([false, true, false]);
    stop();
    window.dispatchEvent(new Event('beforeprint'));
    expect(open()).toEqual([false, true, false]);
  });
});
