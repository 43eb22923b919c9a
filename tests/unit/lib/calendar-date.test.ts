import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { calendarDateFromValue, chinaDay, chinaToday, isCalendarDate, parseCalendarDate } from '../../../src/lib/calendar-date';
import { calendarDate } from '../../../src/lib/schema';

describe('calendar dates', () => {
  it('isCalendarDate takes exactly a real day written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const text of ['2023-02-29', '2023/05/26', '2023-5-26', ' 2023-05-26', '2023-05-26 ', '']) expect(isCalendarDate(text), text).toBe(false);
  });

  it('accepts YYYY-MM-DD as that day at 00:00 UTC', () => {
    const r = parseCalendarDate('2023-05-26');
    expect(r.ok && r.date.toISOString()).toBe('2023-05-26T00:00:00.000Z');
    expect(parseCalendarDate('2024-02-29').ok).toBe(true);
  });

  it.each([
    ['2023-02-30', '2023年2月没有30日'],
    ['2023-02-29', '2023年2月没有29日'],
    ['2023-13-01', '没有 13 月'],
    ['2023-04-31', '2023年4月没有31日'],
  ])('refuses the impossible day %s', (text, why) => {
    const r = parseCalendarDate(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(why);
  });

  it.each([
    ['2023/05/26', '2023-05-26'],
    ['2023/5/26', '2023-05-26'],
    ['2023.5.6', '2023-05-06'],
    ['2023年5月26日', '2023-05-26'],
    ['2023-5-26', '2023-05-26'],
  ])('refuses %s and says to write %s', (text, iso) => {
    const r = parseCalendarDate(text);
    expect(!r.ok && r.message).toContain(`请写成 ${iso}`);
  });

  it('refuses a time of day, and anything else, with the form to write', () => {
    for (const text of ['2023-05-26 10:00', '五月二十六日', '26/05/2023']) {
      const r = parseCalendarDate(text);
      expect(!r.ok && r.message).toContain('YYYY-MM-DD');
    }
  });

  it('takes a YAML timestamp (00:00 UTC) as its own day, and a moment as its day in China', () => {
    expect(calendarDateFromValue(new Date('2023-05-26T00:00:00Z'))).toMatchObject({ ok: true, iso: '2023-05-26' });
    // 20:00 in Los Angeles on the 25th is the 26th in China.
    expect(chinaDay(new Date('2023-05-25T20:00:00-07:00'))).toBe('2023-05-26');
  });

  it('counts today in China, whatever the machine zone', () => {
    // 2026-12-01 17:30 UTC is already 2 December in China.
    expect(chinaToday(new Date('2026-12-01T17:30:00Z'))).toBe('2026-12-02');
    expect(chinaToday(new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-01');
  });

  it('is what the schema uses for date and updated', () => {
    const schema = z.object({ date: calendarDate('date（日期）') });
    expect(schema.parse({ date: '2023-05-26' }).date.toISOString()).toBe('2023-05-26T00:00:00.000Z');
    const bad = schema.safeParse({ date: '2023/05/26' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('date（日期）：日期要写成 YYYY-MM-DD（年-月-日，用短横线，月和日各两位）：“2023/05/26”请写成 2023-05-26');
  });
});
