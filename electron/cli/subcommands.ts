import type { ParseArgsConfig } from 'node:util';
import { AppError } from '../../shared/errors';
import type { CliIo } from './cli-types';
import { parseFlags } from './parse-flags';

// A command made of subcommands (`fazhi users add …`, `fazhi host status`): the flags parsed, the
// subcommand read from the first word, the usage shown when that word is missing or unknown, and
// each flag checked against what the chosen subcommand takes.

type Options = NonNullable<ParseArgsConfig['options']>;

export interface SubcommandSpec<S extends string, O extends Options> {
  /** The command's name as typed (users, host), for the messages. */
  command: string;
  /** The flags of every subcommand together, --data included. */
  options: O;
  /** Per subcommand, the flags it takes besides --data. */
  flagsOf: Readonly<Record<S, readonly string[]>>;
  /** The usage lines: printed as help without a subcommand, after the error for an unknown one. */
  details: readonly string[];
}

/**
 * The subcommand, the words after it and the flags; or null when there is no known subcommand, once
 * the usage has been shown (on stdout when none was given, on stderr after naming the unknown one).
 * Such a command answers 2.
 */
export function parseSubcommand<S extends string, O extends Options>(args: string[], spec: SubcommandSpec<S, O>, io: CliIo) {
  const { values, positionals } = parseFlags(args, spec.options, true);
  const [word, ...rest] = positionals;
  const sub = (Object.keys(spec.flagsOf) as S[]).find((s) => s === word);
  if (sub === undefined) {
    if (word) io.err(`没有“${spec.command} ${word}”这个命令。`);
    for (const line of spec.details) {
      if (word) io.err(line);
      else io.out(line);
    }
    return null;
  }
  return { sub, rest, values };
}

/** Refuses the flags the subcommand does not take, naming them all. */
export function refuseOtherFlags<S extends string>(spec: { command: string; flagsOf: Readonly<Record<S, readonly string[]>> }, sub: S, values: object): void {
  const misplaced = Object.keys(values).filter((k) => k !== 'data' && !spec.flagsOf[sub].includes(k));
  if (misplaced.length) throw new AppError('invalid_input', `${spec.command} ${sub} 不用参数 ${misplaced.map((k) => `--${k}`).join('、')}`);
}
