export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliCommand {
  name: string;
  /** One line, Chinese, for the help listing. */
  summary: string;
  usage: string;
  /** Resolves to the process exit code; long-running commands (web) resolve when they stop. */
  run(args: string[], io: CliIo): Promise<number>;
}
