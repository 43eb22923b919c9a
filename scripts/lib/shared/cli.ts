/**
 * The editor tools' command lines, read one way: node's parseArgs with the
 * tool's options, a Chinese message and the tool's help on a wrong option
 * (exit 2), and the help itself for --help / -h (exit 0). Every tool's
 * options include `help: { type: 'boolean', short: 'h' }`.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * An unexpected error in a tool (a fault of the tool, not of the content):
 * the details go to a log file, the editor gets one paragraph in Chinese
 * saying so and where the log is, never a stack trace. Returns the exit
 * code (70, a fault of the software).
 */
export function reportToolFault(tool: string, error: unknown): number {
  const log = join(tmpdir(), `shizhong-${tool.replace(/[^\w-]+/g, '-')}-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);
  const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
  let where = `详细信息已写入 ${log}，请把这个文件发给技术人员。`;
  try {
    writeFileSync(log, `npm run ${tool}\n${new Date().toISOString()}\n${details}\n`);
  } catch {
    where = '（日志文件没能写下，请把这条信息发给技术人员。）';
  }
  const summary = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
  console.error(`出错了：npm run ${tool} 自身出了故障（这是工具的问题，不是稿件写错了）：${summary}\n${where}`);
  return 70;
}
