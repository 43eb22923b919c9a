import { describe, expect, it } from 'vitest';
import { missingAltFindings } from '../../../scripts/lib/lint/image-rules.ts';

describe('image-alt rule', () => {
  it('fails a markdown image without alt text, on its line', () => {
    const [f] = missingAltFindings('第一段。\n\n![](../../media/a.jpg)\n', 10);
    expect(f?.rule).toBe('image-alt');
    expect(f?.severity).toBe('error');
    expect(f?.line).toBe(12);
    expect(f?.message).toContain('../../media/a.jpg');
  });

  it('fails an <img> with a missing or empty alt', () => {
    expect(missingAltFindings('<img src="a.jpg">', 1)).toHaveLength(1);
    expect(missingAltFindings('<img src="a.jpg" alt=" ">', 1)).toHaveLength(1);
  });

  it('passes images that say what they show', () => {
    expect(missingAltFindings('![永安镇企服中心外景](../../media/a.jpg)\n<img src="b.jpg" alt="会场">', 1)).toEqual([]);
  });
});
