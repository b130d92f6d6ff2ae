import { csvText, sourceCells, sourceColumns } from '../../lib/csv';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import { zoneTypes } from '../../schemas/zone';

const columns = ['group', 'indicator', 'indicator_zh', 'indicator_en', 'period', 'value', 'unit', 'qualifier', 'note', 'note_zh', ...sourceColumns] as const;

/** The national totals as a file: one line a figure, grouped by the kind of zone it adds up, each as printed with its source. */
export function nationalFiguresCsv(file: IndicatorsFile, articles: ReadonlyMap<string, Article>): string {
  const rows = zoneTypes.flatMap((type) => file.rows.filter((r) => r.scope === 'national' && r.group === type));
  return csvText(
    columns,
    rows.map((r) => {
      const def = file.definitions.find((d) => d.id === r.indicator);
      return {
        group: r.group,
        indicator: r.indicator,
        indicator_zh: def?.label_zh,
        indicator_en: def?.label_en,
        period: r.period,
        value: r.value,
        unit: r.unit,
        qualifier: r.qualifier,
        note: r.note,
        note_zh: r.note_zh,
        ...sourceCells(r, articles),
      };
    }),
  );
}
