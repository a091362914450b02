import { dateInZone, isCalendarDate, isTimeZone, timeInZone } from '../../core/calendar';

describe('calendar', () => {
  it('knows real dates, leap years included', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
    expect(isCalendarDate('2025-04-12T00:00:00Z')).toBe(false);
  });

  it('gives the date of an instant in the organisation zone, not in UTC', () => {
    const instant = new Date('2025-04-11T23:30:00Z');
    expect(dateInZone(instant, 'UTC')).toBe('2025-04-11');
    expect(dateInZone(instant, 'Europe/Paris')).toBe('2025-04-12');
    expect(dateInZone(instant, 'America/Los_Angeles')).toBe('2025-04-11');
    expect(dateInZone(new Date('2025-04-12T06:59:59Z'), 'America/Los_Angeles')).toBe('2025-04-11');
  });

  it('changes the date at the very second midnight comes, whatever the offset, and answers alike within a second', () => {
    // Monrovia was 44 minutes 30 seconds behind UTC until 1972: its midnight fell mid-minute.
    expect(dateInZone(new Date('1960-01-02T00:44:29.000Z'), 'Africa/Monrovia')).toBe('1960-01-01');
    expect(dateInZone(new Date('1960-01-02T00:44:29.999Z'), 'Africa/Monrovia')).toBe('1960-01-01');
    expect(dateInZone(new Date('1960-01-02T00:44:30.000Z'), 'Africa/Monrovia')).toBe('1960-01-02');
    expect(dateInZone(new Date('1960-01-02T00:44:29.999Z'), 'Africa/Monrovia')).toBe('1960-01-01');
    expect(timeInZone(new Date('1960-01-02T00:44:29.000Z'), 'Africa/Monrovia')).toBe('23:59:59');
    expect(timeInZone(new Date('1960-01-02T00:44:29.999Z'), 'Africa/Monrovia')).toBe('23:59:59');
    expect(timeInZone(new Date('1960-01-02T00:44:30.000Z'), 'Africa/Monrovia')).toBe('00:00:00');
  });

  it('accepts IANA zone names only', () => {
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Paris')).toBe(true);
    // Aliases and other spellings ICU accepts but does not list.
    expect(isTimeZone('Etc/UTC')).toBe(true);
    expect(isTimeZone('europe/paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
