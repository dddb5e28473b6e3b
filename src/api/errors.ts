/** Every API error has this shape, whatever went wrong: `{ "error": { "code", "message", … } }`. */
export interface ApiErrorBody {
  error: { code: string; message: string; position?: number };
}

/** An error the API answers with its own status and code (bad input, missing thing, no right). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: string, message: string, position?: number): ApiErrorBody {
  return { error: position === undefined ? { code, message } : { code, message, position } };
}

/** Errors of the database driver that mean it cannot be reached now (the request may be retried). */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  return (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'EPIPE',
      'SQLITE_BUSY',
      '57P01',
      '57P03',
      '53300',
      '08006',
      '08001',
    ].includes(code) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(
      e?.message ?? '',
    )
  );
}

/** PostgreSQL cancelled a statement that ran past its time budget (`statement_timeout`). */
export function isOverBudget(error: unknown): boolean {
  return (error as { code?: string })?.code === '57014';
}
