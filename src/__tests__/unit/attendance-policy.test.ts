import { applyAttendanceChange, deriveStatus, hoursWorked, isLate, type AttendancePolicy } from '../../core/attendance';
import { timeInZone } from '../../core/calendar';
import { ValidationError } from '../../core/errors';

const policy: AttendancePolicy = { workdayStart: '09:00', afternoonStart: '13:00', lateGraceMinutes: 15, halfDayHours: 4 };

describe('attendance policy', () => {
  it('is late strictly after the start plus the grace', () => {
    expect(isLate('09:15:00', policy)).toBe(false);
    expect(isLate('09:15:01', policy)).toBe(true);
    expect(isLate('08:00:00', policy)).toBe(false);
    expect(isLate('09:00:00', { ...policy, lateGraceMinutes: 0 })).toBe(false);
  });

  it('on a morning off judges lateness from the afternoon start', () => {
    expect(isLate('13:15:00', policy, true)).toBe(false);
    expect(isLate('13:15:01', policy, true)).toBe(true);
    expect(isLate('09:30:00', policy, true)).toBe(false);
    expect(deriveStatus('13:20:00', '17:30:00', policy, true)).toBe('late');
    expect(applyAttendanceChange(null, { check_in_time: '13:10:00' }, policy, true).status).toBe('present');
    expect(applyAttendanceChange(null, { check_in_time: '13:10:00' }, policy).status).toBe('late');
    expect(isLate('09:00:01', { ...policy, lateGraceMinutes: 0 })).toBe(true);
    expect(isLate('10:29:59', { ...policy, workdayStart: '10:15' })).toBe(false);
  });

  it('is a half day strictly under the threshold once checked out, and half-day wins over late', () => {
    expect(deriveStatus('09:00:00', '13:00:00', policy)).toBe('present');
    expect(deriveStatus('09:00:00', '12:59:59', policy)).toBe('half-day');
    expect(deriveStatus('10:00:00', '13:00:00', policy)).toBe('half-day');
    expect(deriveStatus('10:00:00', '18:00:00', policy)).toBe('late');
    expect(deriveStatus('10:00:00', null, policy)).toBe('late');
    expect(deriveStatus(null, null, policy)).toBeNull();
  });

  it('computes hours to two decimals, half-up, on whole seconds', () => {
    expect(hoursWorked('09:00:00', '17:30:00')).toBe(8.5);
    expect(hoursWorked('09:00:00', '09:00:18')).toBe(0.01);
    expect(hoursWorked('09:00:00', '09:00:17')).toBe(0);
    expect(hoursWorked('09:00:00', '12:20:00')).toBe(3.33);
    expect(hoursWorked('09:00:00', '12:40:00')).toBe(3.67);
    expect(hoursWorked('09:00:00', null)).toBeNull();
  });

  it('derives the status when times change and no status is given; an explicit status wins', () => {
    const current = { status: 'late' as const, check_in_time: '10:00:00', check_out_time: null, notes: null };
    expect(applyAttendanceChange(current, { check_out_time: '12:00:00' }, policy)).toMatchObject({ status: 'half-day', hours_worked: 2 });
    expect(applyAttendanceChange(current, { check_in_time: '09:00:00' }, policy).status).toBe('present');
    expect(applyAttendanceChange(current, { check_out_time: '12:00:00', status: 'present' }, policy).status).toBe('present');
    expect(applyAttendanceChange(current, { notes: 'Train strike' }, policy)).toMatchObject({ status: 'late', notes: 'Train strike' });
    expect(applyAttendanceChange({ ...current, status: 'present' }, { notes: 'kept' }, policy).status).toBe('present');
  });

  it('needs a status or a check-in for a new record, and refuses impossible times', () => {
    expect(applyAttendanceChange(null, { status: 'absent' }, policy)).toMatchObject({ status: 'absent', check_in_time: null, hours_worked: null });
    expect(() => applyAttendanceChange(null, {}, policy)).toThrow(ValidationError);
    expect(() => applyAttendanceChange(null, { check_out_time: '17:00:00', status: 'present' }, policy)).toThrow(/check_in_time/);
    expect(() => applyAttendanceChange(null, { check_in_time: '17:00:00', check_out_time: '09:00:00' }, policy)).toThrow(/before check_in_time/);
  });

  it('reads the wall clock of the organisation, not of the server', () => {
    const instant = new Date('2025-04-11T06:30:05Z');
    expect(timeInZone(instant, 'UTC')).toBe('06:30:05');
    expect(timeInZone(instant, 'America/Los_Angeles')).toBe('23:30:05');
    expect(timeInZone(new Date('2025-04-11T00:00:00Z'), 'UTC')).toBe('00:00:00');
  });
});
