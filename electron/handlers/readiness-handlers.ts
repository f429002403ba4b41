import { yearReadiness } from '../report/readiness/year-readiness';
import type { HandlerGroup } from './handler-types';
import { localToday } from './local-today';

export const readinessHandlers: HandlerGroup<'report.readiness'> = {
  'report.readiness': (ctx, input) => yearReadiness(ctx.db, input.year, input.templateId, ctx.now(), localToday(ctx.now())),
};
