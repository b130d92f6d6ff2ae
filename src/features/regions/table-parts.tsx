import { Fragment, type HTMLAttributes, type ReactNode } from 'react';

export type Sort<K extends string> = { key: K; desc: boolean };

/**
 * Sorts two table values; a missing value (null) sorts below every known one, whichever the
 * direction, so "no data" never reads as the smallest figure.
 */
export function compareNullable(x: string | number | null, y: string | number | null, desc: boolean): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  const order = typeof x === 'string' ? x.localeCompare(String(y), 'zh-CN') : x - Number(y);
  return desc ? -order : order;
}

type Props<K extends string> = {
  sortKey: K;
  label: ReactNode;
  sort: Sort<K>;
  /** a new key sorts descending first, except text keys such as the province name */
  onSort: (next: Sort<K>) => void;
  ascendingFirst?: boolean;
  className?: string;
};

/** A column header that sorts its table, saying so to screen readers (aria-sort). */
export function SortHeader<K extends string>({ sortKey, label, sort, onSort, ascendingFirst = false, className = '' }: Props<K>) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'} className={`py-1 font-medium ${className}`}>
      <button type="button" onClick={() => onSort({ key: sortKey, desc: active ? !sort.desc : !ascendingFirst })} className="hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600">
        {label}
        {active ? (sort.desc ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );
}

type RowProps = {
  /** the province as the reader's language names it */
  name: string;
  /** what opening the row shows, for screen readers */
  toggleLabel: string;
  open: boolean;
  onToggle: () => void;
  colSpan: number;
  /** the row's cells after the province */
  children: ReactNode;
  /** shown under the row while it is open */
  detail: ReactNode;
  rowProps?: HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | boolean | undefined>;
};

/** A province row whose name opens a detail row beneath it. */
export function ProvinceRowWithDetail({ name, toggleLabel, open, onToggle, colSpan, children, detail, rowProps }: RowProps) {
  return (
    <Fragment>
      <tr {...rowProps} className={`border-t border-slate-100 ${rowProps?.className ?? ''}`}>
        <th scope="row" className="py-1 text-left font-normal">
          <button type="button" aria-expanded={open} aria-label={toggleLabel} onClick={onToggle} className="text-left text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600">
            {open ? '▾' : '▸'} {name}
          </button>
        </th>
        {children}
      </tr>
      {open && (
        <tr>
          <td colSpan={colSpan} className="pb-2">
            {detail}
          </td>
        </tr>
      )}
    </Fragment>
  );
}
