/**
 * Bad content must stop the build with a message an editor can act on:
 * the file, the field and what was expected. Each case builds a small
 * fixture content folder (tests/fixtures/content) plus one bad article.
 */
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/build';
import { articleFile as article, contentWith as fixtureWith } from '../support/fixtures';

describe('bad content fails the build, naming file and field', () => {
  it('builds the fixture content when nothing is wrong', () => {
    const result = runBuild({ contentDir: fixtureWith({}) });
    expect(result.status, result.output).toBe(0);
  });

  it('an unknown department', () => {
    const contentDir = fixtureWith({
      'articles/2024/bad-department.md': article('title: 部门写错\ntype: report\ndate: 2024-03-01\ndepartments: [no-such-town]'),
    });
    const result = runBuild({ contentDir });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('bad-department');
    expect(result.output).toContain('departments');
    expect(result.output).toContain('no-such-town');
    // The ids that exist are in the content folder the build read, not in content/.
    expect(result.output).toContain(`${contentDir}/departments.yaml`);
  });

  it('a missing title', () => {
    const result = runBuild({
      contentDir: fixtureWith({
        'articles/2024/no-title.md': article('type: report\ndate: 2024-03-01\ndepartments: [test-town]'),
      }),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('no-title');
    expect(result.output).toContain('title');
    expect(result.output).toContain('标题');
  });

  it('a date that is not a date', () => {
    const result = runBuild({
      contentDir: fixtureWith({
        'articles/2024/bad-date.md': article('title: 日期写错\ntype: report\ndate: 2024年13月\ndepartments: [test-town]'),
      }),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('bad-date');
    expect(result.output).toContain('date');
    expect(result.output).toContain('YYYY-MM-DD');
  });
});
