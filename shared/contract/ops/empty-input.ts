import { z } from 'zod';

/** For operations that take nothing: still strict, so a stray field is refused. */
export const emptyInput = z.object({}).strict();
