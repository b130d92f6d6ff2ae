import type { ZodError } from 'zod';

/** An error that names the data file and what is wrong with it, for a message a person can act on. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problem: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'DataFileError';
    this.file = file;
    this.problem = problem;
  }
}

export function describeZodError(error: ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > max ? ` (+${error.issues.length - max} more)` : '';
  return lines.join('; ') + more;
}
