import { describe, expect, it } from 'vitest';
import { tourSchema, type Tour } from '../../schemas/tour';
import { clampIndex, moveIndex, resolveTourStep, tourKeyAction } from './tour-nav';

const view = { center: [104, 30], zoom: 5 };
const step = (zone: string) => ({ kind: 'zone', zone, view, caption: { zh: zone, en: zone } });
const tours: Tour[] = [
  tourSchema.parse({ id: 'three', title: { zh: '三', en: 'Three' }, steps: [step('a'), step('b'), step('c')] }),
  tourSchema.parse({ id: 'one', title: { zh: '一', en: 'One' }, steps: [step('x')] }),
];
const at = (id: string | null, n: number | null) => {
  const p = resolveTourStep(tours, id, n);
  return p && { id: p.tour.id, index: p.index, number: p.number, zone: p.step.kind === 'zone' ? p.step.zone : null, isFirst: p.isFirst, isLast: p.isLast };
};

describe('resolveTourStep', () => {
  it('resolves a tour id and a 1-based step', () => {
    expect(at('three', 2)).toEqual({ id: 'three', index: 1, number: 2, zone: 'b', isFirst: false, isLast: false });
  });

  it('is null for no tour or an unknown one', () => {
    expect(at(null, 2)).toBeNull();
    expect(at('nope', 1)).toBeNull();
  });

  it('clamps a step out of range to the nearest valid one', () => {
    expect(at('three', null)).toMatchObject({ number: 1, isFirst: true });
    expect(at('three', 0)).toMatchObject({ number: 1 });
    expect(at('three', -4)).toMatchObject({ number: 1 });
    expect(at('three', 99)).toMatchObject({ number: 3, zone: 'c', isLast: true });
    expect(at('three', Number.NaN)).toMatchObject({ number: 1 });
    expect(at('one', 5)).toMatchObject({ number: 1, isFirst: true, isLast: true });
  });
});

describe('moveIndex and clampIndex', () => {
  it('moves within the tour and stops at both ends', () => {
    expect([moveIndex(0, 3, 'next'), moveIndex(2, 3, 'next'), moveIndex(1, 3, 'prev'), moveIndex(0, 3, 'prev')]).toEqual([1, 2, 0, 0]);
    expect([moveIndex(1, 3, 'first'), moveIndex(0, 3, 'last')]).toEqual([0, 2]);
  });

  it('makes any number a valid index', () => {
    expect([clampIndex(7, 3), clampIndex(-1, 3), clampIndex(1.9, 3), clampIndex(Infinity, 3), clampIndex(2, 0)]).toEqual([2, 0, 1, 0, 0]);
  });
});

describe('tourKeyAction', () => {
  const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) =>
    tourKeyAction({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

  it('maps presenter keys to moves', () => {
    const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End', 'f', 'F', 'Escape'];
    expect(keys.map((k) => key(k))).toEqual(['next', 'next', 'next', 'prev', 'prev', 'first', 'last', 'fullscreen', 'fullscreen', 'exit']);
  });

  it('goes back on Shift+Space and ignores other keys', () => {
    expect(key(' ', { shiftKey: true })).toBe('prev');
    expect([key('Enter'), key('a'), key('ArrowUp')]).toEqual([null, null, null]);
  });

  it('leaves browser shortcuts alone', () => {
    expect([key('ArrowLeft', { altKey: true }), key('f', { ctrlKey: true }), key('End', { metaKey: true })]).toEqual([null, null, null]);
  });
});
