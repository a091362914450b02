import { DateArg, EmployeeIdArg, PeriodArg, TeamArg } from '../../services/assistant/assistant-tool';

/** A model's arguments meet the same formats as a REST client's: the core's rules, not looser copies. */
describe("the assistant tools' arguments", () => {
  it.each([
    ['a date that does not exist', DateArg, '2025-02-30'],
    ['a date with a one-digit month', DateArg, '2025-2-03'],
    ['an employee id with a leading zero past 999', EmployeeIdArg, 'DEV-0001'],
    ['an employee id with two digits', EmployeeIdArg, 'DEV-01'],
    ['a fifth quarter', PeriodArg, '2025-Q5'],
    ['a one-letter team', TeamArg, 'D'],
  ])('when given %s, then it is refused', (_what, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });

  it.each([
    [DateArg, '2024-02-29', '2024-02-29'],
    [EmployeeIdArg, ' dev-001 ', 'DEV-001'],
    [EmployeeIdArg, 'DEV-1000', 'DEV-1000'],
    [PeriodArg, '2025-q1', '2025-Q1'],
    [TeamArg, 'qa', 'QA'],
  ])('when given %s, then it reads %s', (schema, value, expected) => {
    expect(schema.parse(value)).toBe(expected);
  });
});
