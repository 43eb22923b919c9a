import { describe, expect, it } from 'vitest';
import { findUnknownReferences, type KnownIds } from '../../../src/lib/references';

const known: KnownIds = {
  departments: new Set(['yongan-town', 'housing-construction-bureau']),
  topics: new Set(['investment-promotion']),
  columns: new Set(['qianggong-xingchan']),
  articles: new Set(['letter-to-science-workers']),
};

describe('findUnknownReferences', () => {
  it('passes an article whose ids all exist', () => {
    expect(
      findUnknownReferences(
        [{ file: 'a.md', departments: ['yongan-town'], topics: ['investment-promotion'], column: 'qianggong-xingchan', translationOf: 'letter-to-science-workers' }],
        known,
      ),
    ).toEqual([]);
  });

  it('names the file, the field with its position, the bad id and the ids that exist', () => {
    const [message] = findUnknownReferences([{ file: 'content/articles/2024/x.md', departments: ['yongan-town', 'yongan'], topics: [] }], known);
    expect(message).toContain('content/articles/2024/x.md');
    expect(message).toContain('departments[1]');
    expect(message).toContain('“yongan”');
    expect(message).toContain('content/departments.yaml');
    expect(message).toContain('housing-construction-bureau、yongan-town');
  });

  it('names the data file in the content folder actually used', () => {
    const [message] = findUnknownReferences([{ file: 'x.md', departments: [], topics: ['nope'] }], known, './.bench/corpus-50/');
    expect(message).toContain('请使用 .bench/corpus-50/topics.yaml 中已有的 id');
    expect(message).not.toContain('content/');
  });

  it('checks topics, column, speaker department and translationOf too', () => {
    const messages = findUnknownReferences(
      [{ file: 'b.md', departments: [], topics: ['nope'], column: 'nope-column', speakerDepartment: 'nope-dept', translationOf: 'nope-article' }],
      known,
    );
    expect(messages.map((m) => m.match(/字段 (\S+)/)?.[1])).toEqual(['topics[0]', 'column', 'speaker.department', 'translationOf']);
  });
});
