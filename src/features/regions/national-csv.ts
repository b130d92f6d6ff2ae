import { csvText, figureCells, figureColumns, sourceCells, sourceColumns } from '../../lib/csv';
import type { Article } from '../../schemas/article';
import type { IndicatorsFile } from '../../schemas/indicator';
import { zoneTypes } from '../../schemas/zone';

const columns = ['group', ...figureColumns, ...sourceColumns] as const;

/** The national totals as a file: one line a figure, grouped by the kind of zone it adds up, each as printed with its source. */
export function nationalFiguresCsv(file: IndicatorsFile, articles: ReadonlyMap<string, Article>): string {
  const rows = zoneTypes.flatMap((type) => file.rows.filter((r) => r.scope === 'national' && r.group === type));
  return csvText(
    columns,
    rows.map((r) => ({ group: r.group, ...figureCells(r, file.definitions), ...sourceCells(r, articles) })),
  );
}
