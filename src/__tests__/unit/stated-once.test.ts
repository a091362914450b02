import { InvalidCursorError } from '../../core/errors';
import { idsNeededPerTeam, numberCreates } from '../../core/employee';
import { readPosition, writePosition } from '../../core/page';
import { meanOfHundredths } from '../../core/performance';
import { decodePosition, encodePosition, stringsOf } from '../../infrastructure/page-position';
import { sqlParams } from '../../infrastructure/postgres/sql-params';

describe('the half-up mean of hundredths', () => {
  it.each([
    // 85.335 as a mean of two: 17067 / 2 = 8533.5 hundredths, half goes up.
    [17067, 2, 85.34],
    [17066, 2, 85.33],
    // Thirds: 1 / 3 of a hundredth rounds down, 2 / 3 up.
    [1, 3, 0],
    [2, 3, 0.01],
    [29900, 3, 99.67],
    [10000, 1, 100],
    [0, 4, 0],
  ])('sum %d over %d is %d', (sum, count, mean) => {
    expect(meanOfHundredths(sum, count)).toBe(mean);
  });
});

describe('bulk employee id numbering', () => {
  const rows = [
    { team_id: 'DEV', name: 'a' },
    { team_id: 'QA', name: 'b', employee_id: 'QA-050' },
    { team_id: 'DEV', name: 'c' },
    { team_id: 'QA', name: 'd' },
  ];

  it('counts the ids each team needs, leaving out given ones', () => {
    expect(idsNeededPerTeam(rows)).toEqual(
      new Map([
        ['DEV', 2],
        ['QA', 1],
      ]),
    );
    expect(idsNeededPerTeam([{ team_id: 'DEV', employee_id: 'DEV-001' }]).size).toBe(0);
  });

  it("numbers each team's rows in row order from its block, keeping given ids", () => {
    const numbered = numberCreates(
      rows,
      new Map([
        ['DEV', 7],
        ['QA', 51],
      ]),
    );
    expect(numbered.map((r) => [r.name, r.employee_id])).toEqual([
      ['a', 'DEV-007'],
      ['b', 'QA-050'],
      ['c', 'DEV-008'],
      ['d', 'QA-051'],
    ]);
  });

  it('refuses a row whose team has no block claimed', () => {
    expect(() => numberCreates([{ team_id: 'OPS' }], new Map())).toThrow(RangeError);
  });
});

describe('page positions', () => {
  it('gives back what was encoded, when valid', () => {
    const token = encodePosition(['2025-01-01', 'DEV-001']);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePosition(token, stringsOf(2))).toEqual(['2025-01-01', 'DEV-001']);
  });

  it.each([
    ['not base64 JSON', 'not a position'],
    ['the wrong arity', encodePosition(['a'])],
    ['a number where a string goes', encodePosition(['a', 1])],
    ['an object', encodePosition({ 0: 'a', 1: 'b' })],
  ])('refuses %s with InvalidCursorError', (_what, token) => {
    expect(() => decodePosition(token, stringsOf(2))).toThrow(InvalidCursorError);
  });

  it('checks each value against the pattern given', () => {
    const guard = stringsOf(1, /^\d{8}#[A-Z]{2,10}-\d{3,}$/);
    expect(decodePosition(encodePosition(['79749898#DEV-001']), guard)).toEqual(['79749898#DEV-001']);
    expect(() => decodePosition(encodePosition(['79749898#dev-001']), guard)).toThrow(InvalidCursorError);
  });
});

describe('SQL parameters', () => {
  it('numbers placeholders in the order values are bound, after the fixed ones', () => {
    const { params, bind } = sqlParams('DEV-001');
    expect(`a = ${bind('x')} AND b = ${bind(3)} OR c = ${bind(null)}`).toBe('a = $2 AND b = $3 OR c = $4');
    expect(params).toEqual(['DEV-001', 'x', 3, null]);
  });

  it('starts at $1 without fixed values, and each statement has its own numbering', () => {
    const first = sqlParams();
    const second = sqlParams();
    expect(first.bind('a')).toBe('$1');
    expect(first.bind('b')).toBe('$2');
    expect(second.bind('c')).toBe('$1');
    expect(first.params).toEqual(['a', 'b']);
  });
});

describe("services' own positions", () => {
  const isSkip = (value: unknown): value is { skip: number } =>
    typeof value === 'object' && value !== null && Number.isSafeInteger((value as { skip?: unknown }).skip);

  it('reads back what was written', () => {
    expect(readPosition(writePosition({ skip: 3, employees: 'x' }), isSkip)).toEqual({ skip: 3, employees: 'x' });
  });

  it.each(['not json', 'null', '5', '{"skip":"3"}'])('refuses %s with InvalidCursorError', (after) => {
    expect(() => readPosition(after, isSkip)).toThrow(InvalidCursorError);
  });
});
