import { isoInstant } from '../../infrastructure/postgres/timestamps';

describe("PostgreSQL's timestamptz text as an API instant", () => {
  it('reads UTC text to the millisecond, as Date#toISOString writes it', () => {
    expect(isoInstant('2026-11-24 09:03:13.123456+00')).toBe('2026-11-24T09:03:13.123Z');
    expect(isoInstant('2026-11-24 09:03:13.1+00')).toBe('2026-11-24T09:03:13.100Z');
    expect(isoInstant('2026-11-24 09:03:13+00')).toBe('2026-11-24T09:03:13.000Z');
  });

  it('truncates microseconds as a Date would hold them, never rounding into the next millisecond', () => {
    expect(isoInstant('2026-12-31 23:59:59.999999+00')).toBe('2026-12-31T23:59:59.999Z');
  });

  it('reads text written in another session zone as the same instant', () => {
    expect(isoInstant('2026-11-24 10:03:13.5+01')).toBe('2026-11-24T09:03:13.500Z');
    expect(isoInstant('2026-11-24 14:33:13.25+05:30')).toBe('2026-11-24T09:03:13.250Z');
    expect(isoInstant('2026-11-23 23:03:13-10')).toBe('2026-11-24T09:03:13.000Z');
  });
});
