import { formatEmployeeId, parseEmployeeId } from '../../core/employee';

describe('employee ids', () => {
  it.each([
    ['DEV-001', { team_id: 'DEV', number: 1 }],
    ['QA-999', { team_id: 'QA', number: 999 }],
    ['DEV-1000', { team_id: 'DEV', number: 1000 }],
    ['ABCDEFGHIJ-12345', { team_id: 'ABCDEFGHIJ', number: 12345 }],
  ])('parses %s', (id, parsed) => {
    expect(parseEmployeeId(id)).toEqual(parsed);
  });

  it.each(['DEV-1', 'DEV-01', 'DEV-0001', 'DEV-000', 'DEV001', 'dev-001', 'D-001', 'ABCDEFGHIJK-001', 'DEV-001 ', 'DEV-00a', ''])(
    'rejects %p: each number has exactly one spelling',
    (id) => {
      expect(parseEmployeeId(id)).toBeNull();
    },
  );

  it('formats with at least three digits', () => {
    expect(formatEmployeeId('DEV', 7)).toBe('DEV-007');
    expect(formatEmployeeId('DEV', 1000)).toBe('DEV-1000');
    expect(parseEmployeeId(formatEmployeeId('AI', 42))).toEqual({ team_id: 'AI', number: 42 });
  });
});
