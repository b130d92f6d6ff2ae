import { formatPeriod, formatUnitLabel } from '../../lib/format';
import { useLang, useT, type Lang } from '../../lib/i18n';
import { convertUnit, readerUnit } from '../../lib/units';
import { zoneTypeColor } from '../../lib/palette';
import type { ZoneType } from '../../schemas/zone';
import { BarFigure, sourceText, valueText, type BarDatum } from './bar-figure';
import type { IndicatorCard, UnitGroup } from './indicator-cards';

/** A chart's unit for the reader (亿元 for Chinese readers of "billion yuan"), and its values moved there exactly. */
function readerAxis(unit: string, lang: Lang) {
  const shown = readerUnit(unit, lang);
  return { caption: formatUnitLabel(shown, lang), value: (v: number) => convertUnit(v, unit, shown) ?? v };
}

/** One indicator over periods (one zone), or across zones (one period and unit). */
export function IndicatorChart({ card, zoneType, zoneName, onHighlight }: { card: IndicatorCard; zoneType: ZoneType; zoneName: (id: string) => string; onHighlight?: (id: string | null) => void }) {
  const lang = useLang();
  const t = useT();
  const label = lang === 'en' ? card.definition.label_en : card.definition.label_zh;
  if (card.series) {
    const axis = readerAxis(card.series.unit, lang);
    const data: BarDatum[] = card.series.points.map((p) => {
      const value = axis.value(p.value);
      return { key: p.period, label: formatPeriod(p.period, lang), value, valueText: valueText(p.row, lang, value), source: sourceText(p.row), highlight: true };
    });
    return <BarFigure label={label} caption={`${t('period')} · ${axis.caption}`} data={data} horizontal={false} color={zoneTypeColor[zoneType]} />;
  }
  if (card.cohort) {
    const axis = readerAxis(card.cohort.unit, lang);
    const data: BarDatum[] = card.cohort.points.map((p) => {
      const value = axis.value(p.value);
      return { key: p.zoneId, label: zoneName(p.zoneId), value, valueText: valueText(p.row, lang, value), source: sourceText(p.row), highlight: p.isThis };
    });
    const caption = `${t('rankAmong')} · ${formatPeriod(card.cohort.period, lang)} · ${axis.caption}`;
    return <BarFigure label={label} caption={caption} data={data} horizontal color={zoneTypeColor[zoneType]} onHover={onHighlight} />;
  }
  return null;
}

/** Several of one zone's figures that share unit and period, on one axis. */
export function UnitGroupChart({ group, zoneType }: { group: UnitGroup; zoneType: ZoneType }) {
  const lang = useLang();
  const axis = readerAxis(group.unit, lang);
  const unit = axis.caption;
  const data: BarDatum[] = group.points.map((p) => {
    const value = axis.value(p.value);
    return { key: p.indicator.id, label: lang === 'en' ? p.indicator.label_en : p.indicator.label_zh, value, valueText: valueText(p.row, lang, value), source: sourceText(p.row), highlight: true };
  });
  const caption = `${formatPeriod(group.period, lang)} · ${unit}`;
  return (
    <article className="rounded-lg border border-slate-200 p-3" data-unit-group={`${group.unit}|${group.period}`}>
      <BarFigure label={caption} caption={caption} data={data} horizontal color={zoneTypeColor[zoneType]} />
    </article>
  );
}
