/** The code of the AppFailure a promise rejects with, or 'no failure'; other errors go on. */
import { AppFailure } from '../../src/shared/errors.ts';

export async function failureCode(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppFailure) return error.error.code;
    throw error;
  }
  return 'no failure';
}
