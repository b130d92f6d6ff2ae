/** Moves the decimal point of a number's shortest decimal form: exact, no floating-point drift. */
export function shiftDecimal(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = String(value).toLowerCase().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * Units that are a power of ten of a base (亿元 = 10^8 yuan). Sources print the same measure as
 * 亿元 or as "billion yuan"; a figure in one is moved into the other by shifting its decimal point,
 * which is exact, so such figures may share an axis. Any other pair of units is never converted.
 * English labels use the same table to read 647.27 亿元 as 64.727 billion yuan.
 */
export const scaledUnits: Readonly<Record<string, { base: string; exp: number }>> = {
  元: { base: 'yuan', exp: 0 },
  万元: { base: 'yuan', exp: 4 },
  亿元: { base: 'yuan', exp: 8 },
  万亿元: { base: 'yuan', exp: 12 },
  'million yuan': { base: 'yuan', exp: 6 },
  'billion yuan': { base: 'yuan', exp: 9 },
  'trillion yuan': { base: 'yuan', exp: 12 },
  美元: { base: 'US$', exp: 0 },
  万美元: { base: 'US$', exp: 4 },
  亿美元: { base: 'US$', exp: 8 },
  'million US$': { base: 'US$', exp: 6 },
  'billion US$': { base: 'US$', exp: 9 },
  万人: { base: 'people', exp: 4 },
  万吨: { base: 't', exp: 4 },
  万标准箱: { base: 'TEU', exp: 4 },
};

/** A unit written in Chinese (亿元), as against one an English-language source printed ("billion yuan"). */
export const isChineseUnit = (unit: string) => /\p{Script=Han}/u.test(unit);

/** Units whose figures can be compared: the base of a scaled amount unit, otherwise the unit itself. */
export function unitFamily(unit: string): string {
  const s = scaledUnits[unit];
  return s ? `=${s.base}` : unit;
}

export const sameFamily = (a: string, b: string) => unitFamily(a) === unitFamily(b);

/** `value` printed in `from`, expressed in `to`; null when the two units are not of one family. */
export function convertUnit(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const f = scaledUnits[from];
  const t = scaledUnits[to];
  if (!f || !t || f.base !== t.base) return null;
  return shiftDecimal(value, f.exp - t.exp);
}

// The unit a mixed axis is drawn in: the Chinese one, which English labels read as "… billion yuan".
const axisUnit: Readonly<Record<string, string>> = { '=yuan': '亿元', '=US$': '亿美元' };

/** The unit for one axis over figures of one family: theirs when they agree, else 亿元 (亿美元). */
export function commonUnit(units: readonly string[]): string | undefined {
  const [first] = units;
  if (first === undefined || units.every((u) => u === first)) return first;
  return axisUnit[unitFamily(first)] ?? first;
}

/**
 * The unit a chart is drawn in for readers of `lang`: Chinese readers get amounts printed in
 * English units ("billion yuan") on a 亿元 (亿美元) axis; every other unit is drawn as printed.
 */
export function readerUnit(unit: string, lang: 'zh' | 'en'): string {
  const scaled = scaledUnits[unit];
  if (lang !== 'zh' || !scaled || isChineseUnit(unit)) return unit;
  return axisUnit[`=${scaled.base}`] ?? unit;
}
