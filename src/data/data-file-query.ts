import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { fetchDataFile } from '../lib/fetch-data-file';

/** Query options for one curated data file: fetched once, parsed with its schema in the query function. */
export function dataFileQuery<S extends z.ZodType>(key: string, url: string, file: string, schema: S) {
  return queryOptions({
    queryKey: ['data-file', key] as const,
    queryFn: () => fetchDataFile(url, file, schema),
  });
}
