import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, yearOf } from '../../../src/lib/dates';

describe('dates', () => {
  const letter = new Date('2023-05-26');

  it('formats a day per locale', () => {
    expect(formatDate(letter, 'zh-CN')).toBe('2023年5月26日');
    expect(formatDate(letter, 'en')).toBe('26 May 2023');
  });

  it('formats a month when only the month is known', () => {
    const feb = new Date('2024-02-01');
    expect(formatDate(feb, 'zh-CN', 'month')).toBe('2024年2月');
    expect(formatDate(feb, 'en', 'month')).toBe('February 2024');
    expect(isoDate(feb, 'month')).toBe('2024-02');
  });

  it('does not shift calendar dates by time zone', () => {
    const newYear = new Date('2024-01-01');
    expect(isoDate(newYear)).toBe('2024-01-01');
    expect(yearOf(newYear)).toBe(2024);
    expect(formatDate(newYear, 'zh-CN')).toBe('2024年1月1日');
  });
});
