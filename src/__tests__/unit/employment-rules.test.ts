import { datesRefusal, nextEmployment } from '../../core/employment';
import { EmploymentError, ValidationError } from '../../core/errors';

const TODAY = '2025-04-14';
const active = { status: 'active' as const, hire_date: '2024-01-10', end_date: null };
const left = (end_date: string) => ({ status: 'inactive' as const, hire_date: '2024-01-10', end_date });

describe('employment dates', () => {
  it('a new employee starts today unless a hire date is given, and is employed with no end date', () => {
    expect(nextEmployment(null, {}, TODAY)).toEqual({ status: 'active', hire_date: TODAY, end_date: null });
    expect(nextEmployment(null, { hire_date: '2025-05-01' }, TODAY)).toEqual({ status: 'active', hire_date: '2025-05-01', end_date: null });
  });

  it('going inactive without an end date ends the employment today, or on a later hire date', () => {
    expect(nextEmployment(active, { status: 'inactive' }, TODAY)).toEqual(left(TODAY));
    expect(nextEmployment(null, { status: 'inactive', hire_date: '2025-06-01' }, TODAY).end_date).toBe('2025-06-01');
    expect(nextEmployment(active, { status: 'inactive', end_date: '2025-03-31' }, TODAY)).toEqual(left('2025-03-31'));
  });

  it('an inactive employee keeps an end date: clearing it alone is a validation error', () => {
    expect(() => nextEmployment(left('2025-03-31'), { end_date: null }, TODAY)).toThrow(ValidationError);
  });

  it('an end before the hire date is a validation error on the field that moved', () => {
    expect(() => nextEmployment(active, { end_date: '2023-12-31' }, TODAY)).toThrow(ValidationError);
    try {
      nextEmployment(left('2024-02-01'), { hire_date: '2024-03-01' }, TODAY);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as ValidationError).details?.[0]?.field).toBe('hire_date');
    }
  });

  it('reactivating clears the end date while no day after it has closed, and is 409 after that', () => {
    // Ended yesterday: the day after it is today, still open.
    expect(nextEmployment(left('2025-04-13'), { status: 'active' }, TODAY)).toEqual(active);
    expect(nextEmployment(left('2025-04-20'), { status: 'active' }, TODAY)).toEqual(active);
    // Ended the day before yesterday: yesterday, the day after it, has closed.
    expect(() => nextEmployment(left('2025-04-12'), { status: 'active' }, TODAY)).toThrow(EmploymentError);
  });

  it('a planned end date may be set while active', () => {
    expect(nextEmployment(active, { end_date: '2025-06-30' }, TODAY)).toEqual({ ...active, end_date: '2025-06-30' });
  });

  it('refuses dates that would strand records or put the hire date after the first team move', () => {
    const records = { first: '2024-02-01', last: '2025-04-10' };
    expect(datesRefusal({ ...active, hire_date: '2024-02-02' }, records, [])?.code).toBe('RECORDS_OUTSIDE_EMPLOYMENT');
    expect(datesRefusal(left('2025-04-09'), records, [])?.code).toBe('RECORDS_OUTSIDE_EMPLOYMENT');
    expect(datesRefusal(left('2025-04-10'), records, [])).toBeNull();
    const periods = [
      { team_id: 'DEV', from: '2024-01-10', to: '2024-06-30' },
      { team_id: 'QA', from: '2024-07-01', to: null },
    ];
    expect(datesRefusal({ ...active, hire_date: '2024-07-01' }, null, periods)?.code).toBe('HIRE_DATE_AFTER_TEAM_MOVE');
    expect(datesRefusal({ ...active, hire_date: '2024-06-30' }, null, periods)).toBeNull();
  });
});
