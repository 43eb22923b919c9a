/**
 * The Nu Html Checker (npm vnu-jar, on Java: scripts/ensure-java.sh) over
 * every page of the real build, in one JVM run.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { allPages, fileFor } from '../support/html';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('HTML validity', () => {
  it('every built page has zero errors in the Nu Html Checker', () => {
    const files = allPages().map((p) => fileFor(p));
    // Every kind of page is in the run (a page kind that failed to build would be missed silently).
    for (const path of ['/', '/articles/letter-to-science-workers/', '/companies/', '/companies/xinyuanda/', '/search/', '/en/search/', '/404.html']) {
      expect(files).toContain(fileFor(path));
    }
    const result = spawnSync('java', ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--verbose', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.error, 'java not found: run bash scripts/ensure-java.sh').toBeUndefined();
    // --verbose names each file on stdout as it is checked; the report is JSON on stderr.
    const checked = result.stdout.split('\n').filter((line) => line.endsWith('.html'));
    expect(new Set(checked)).toEqual(new Set(files));
    const report = JSON.parse(result.stderr) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${m.url?.replace(/^file:/, '')}:${m.lastLine ?? '?'}: ${m.message} [${m.extract ?? ''}]`);
    expect(errors).toEqual([]);
  });
});
