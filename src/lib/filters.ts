import type { Region, ZoneType } from '../schemas/zone';

export type Filters = {
  types: ZoneType[];
  regions: Region[];
  provinces: string[];
  industries: string[];
  /** inclusive approval-year range; null ends are open */
  years: [number | null, number | null];
};

export const emptyFilters: Filters = { types: [], regions: [], provinces: [], industries: [], years: [null, null] };

export type SortKey = 'name' | 'approved' | 'area';
