import type { z } from 'zod';
import { DataFileError, describeZodError } from './data-file-error';

/** Fetches a curated data file and parses it with its schema; every failure names the file. */
export async function fetchDataFile<S extends z.ZodType>(url: string, file: string, schema: S): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DataFileError(file, `could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) throw new DataFileError(file, `could not be loaded (HTTP ${response.status})`);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    throw new DataFileError(file, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataFileError(file, `does not match its schema: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
