/**
 * The editor tools' command lines, read one way: node's parseArgs with the
 * tool's options, a Chinese message and the tool's help on a wrong option
 * (exit 2), and the help itself for --help / -h (exit 0). Every tool's
 * options include `help: { type: 'boolean', short: 'h' }`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The parsed command line, or the exit code when the tool should stop
 * here (2: the options were wrong, said on stderr with the help; 0: the
 * help was asked for and printed).
 */
export function readCommandLine<O extends Options>(options: O, help: string, allowPositionals = false): ReturnType<typeof parseArgs<{ options: O; allowPositionals: boolean }>> | number {
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals, args: process.argv.slice(2) });
  } catch (e) {
    console.error(`参数有误：${(e as Error).message}\n\n${help}`);
    return 2;
  }
  if ((parsed.values as Record<string, unknown>)['help']) {
    console.log(help);
    return 0;
  }
  return parsed;
}
