import type { OperationName, OutputOf, ParsedInputOf } from '../../shared/contract/operations';
import type { AppContext } from '../app-context';

export type Handler<K extends OperationName> = (ctx: AppContext, input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;

/** One feature's handlers: a subset of the contract, each typed from it. */
export type HandlerGroup<K extends OperationName> = { [P in K]: Handler<P> };

export type Handlers = HandlerGroup<OperationName>;
