import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, isoDateInChina, rssDateInChina, yearOf } from '../../../src/lib/dates';

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

describe('dates for machines, in China', () => {
  const day = new Date(Date.UTC(2024, 1, 29));
  it('gives a day as the start of that day in China, and a month as the month alone', () => {
    expect(isoDateInChina(day)).toBe('2024-02-29T00:00:00+08:00');
    expect(isoDateInChina(day, 'month')).toBe('2024-02');
    expect(isoDateInChina(new Date(Date.UTC(2023, 11, 31)))).toBe('2023-12-31T00:00:00+08:00');
  });

  it('writes RSS dates (RFC 822) at +0800 with the right weekday', () => {
    expect(rssDateInChina(day)).toBe('Thu, 29 Feb 2024 00:00:00 +0800');
    expect(rssDateInChina(new Date(Date.UTC(2023, 4, 6)))).toBe('Sat, 06 May 2023 00:00:00 +0800');
    // The same moment as Date would parse it back: the day starts 8 hours before 00:00 UTC.
    expect(new Date(rssDateInChina(day)).toISOString()).toBe('2024-02-28T16:00:00.000Z');
  });
});
