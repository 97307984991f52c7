/** What the process provides a command (output, environment, clock, working folder), so tests run commands in-process on a temporary vault. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now(): Date;
}
