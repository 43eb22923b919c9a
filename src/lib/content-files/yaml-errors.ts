/**
 * Where a YAML syntax error really is. The parser notices an unclosed
 * `{ … ` or `[ … ` only on the next line; editors need the line where the
 * bracket was opened.
 */

/** The 1-based line (within `text`) to report for an error the parser placed at `line`. */
export function yamlErrorLine(text: string, line: number, message: string): number {
  const close = /end with an? ([}\]])/.exec(message)?.[1];
  if (!close) return line;
  const open = close === '}' ? '{' : '[';
  const lines = text.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const l = (lines[i] ?? '').replace(/"[^"]*"|'[^']*'|#.*$/g, '');
    if (l.split(open).length > l.split(close).length) return i + 1;
    if (i < line - 1 && l.trim() !== '' && !l.includes(open)) break;
  }
  return line;
}
