import { getUnit, updateUnit } from '../store/unit-store';
import type { HandlerGroup } from './handler-types';

export const unitHandlers: HandlerGroup<'unit.get' | 'unit.update'> = {
  'unit.get': (ctx) => getUnit(ctx.db),
  'unit.update': (ctx, input) => updateUnit(ctx.db, input, ctx.now()),
};
