/** The code of the AppFailure a promise rejects with, or 'no failure'; other errors go on. */
import { type AppError, AppFailure } from '../../src/shared/zoho/errors.ts';

export async function failureCode(run: Promise<unknown>): Promise<string> {
  return (await failureOf(run))?.code ?? 'no failure';
}

/** The whole AppError (its code and detail) a promise rejects with, or null; other errors go on. */
export async function failureOf(run: Promise<unknown>): Promise<AppError | null> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppFailure) return error.error;
    throw error;
  }
  return null;
}
