import { AppError } from '../../shared/errors';
import type { Handlers } from './handler-types';

// PLACEHOLDER while the review flow is being built in this session: replaced before it lands.
const notYet = (): never => {
  throw new AppError('internal', '审核功能尚未完成');
};

export const reviewHandlers: Pick<Handlers, 'activities.submit' | 'activities.review' | 'review.queue' | 'years.lock' | 'years.unlock' | 'years.locks'> = {
  'activities.submit': notYet,
  'activities.review': notYet,
  'review.queue': notYet,
  'years.lock': notYet,
  'years.unlock': notYet,
  'years.locks': notYet,
};
