import { downloadText } from '../../lib/csv';
import { useT } from '../../lib/i18n';
import { Button } from './button';

type Props = {
  /** the file's name, e.g. zone-atlas-compare-absolute.csv */
  filename: string;
  /** what the file holds, as the button's tooltip */
  hint: string;
  /** builds the CSV text; called on click only */
  csv: () => string;
  /** the button's words when "下载 CSV / Download CSV" alone would not say which file */
  label?: string;
  className?: string;
};

/** "下载 CSV / Download CSV": editing chrome, so it is hidden when presenting. */
export function DownloadCsvButton({ filename, hint, csv, label, className }: Props) {
  const t = useT();
  return (
    <Button data-chrome="edit" title={hint} className={className} onClick={() => downloadText(csv(), filename)}>
      {label ?? t('downloadCsv')}
    </Button>
  );
}
