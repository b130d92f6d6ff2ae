import { describe, expect, it } from 'vitest';
import { snapSheet, stepSheet, tapSheet } from './sheet-size';

describe('the phone sheet sizes', () => {
  it('steps up and down one size at a time and stops at either end', () => {
    expect(stepSheet('peek', 1)).toBe('half');
    expect(stepSheet('half', 1)).toBe('full');
    expect(stepSheet('full', 1)).toBe('full');
    expect(stepSheet('half', -1)).toBe('peek');
    expect(stepSheet('peek', -1)).toBe('peek');
  });

  it('a tap opens the sheet to the full screen, and a second tap brings it back to half', () => {
    expect(tapSheet('half')).toBe('full');
    expect(tapSheet('peek')).toBe('full');
    expect(tapSheet('full')).toBe('half');
  });

  it('a drag settles on the nearest size', () => {
    expect(snapSheet(0.1)).toBe('peek');
    expect(snapSheet(0.45)).toBe('peek');
    expect(snapSheet(0.5)).toBe('half');
    expect(snapSheet(0.75)).toBe('half');
    expect(snapSheet(0.82)).toBe('full');
    expect(snapSheet(1.2)).toBe('full');
  });
});
