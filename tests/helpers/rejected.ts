import { expect } from 'vitest';
import { AppError } from '../../shared/errors';

/** Awaits a call that must fail, checks it failed with an AppError, and returns that error. */
export async function rejected(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}
