/**
 * Expected failures are values, not exceptions: a use case returns `Result<T>` and the adapter turns
 * the error code into a private reply (see `errorView`). Exceptions are left for bugs and outages.
 */
export type ErrorCode =
  | 'bad-input'
  | 'unknown-community'
  | 'not-allowed'
  | 'trim-only'
  | 'not-enrolled'
  | 'training-expired'
  | 'not-on-duty'
  | 'at-capacity'
  | 'already-open'
  | 'already-taken'
  | 'own-request'
  | 'not-found'
  | 'stale'
  | 'conflict'
  | 'platform'
  | 'unavailable';

export interface CoreError {
  readonly code: ErrorCode;
  /** Safe, user-facing specifics (a field name, a limit) — never message content. */
  readonly detail?: string;
  /** The form field the problem is in, when it came from a form (adapters show it beside that field). */
  readonly field?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CoreError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: ErrorCode, detail?: string, field?: string): Result<T> => ({
  ok: false,
  error: { code, ...(detail === undefined ? {} : { detail }), ...(field === undefined ? {} : { field }) },
});
