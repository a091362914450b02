import { normalizeUsername, passwordLengthProblem } from '../../core/account';

describe('password length', () => {
  it('counts bytes, not characters', () => {
    expect(passwordLengthProblem('a'.repeat(10))).toBeNull();
    expect(passwordLengthProblem('a'.repeat(9))).toMatch(/at least 10/);
    expect(passwordLengthProblem('a'.repeat(72))).toBeNull();
    expect(passwordLengthProblem('a'.repeat(73))).toMatch(/at most 72/);
    // 36 × 2 bytes = 72 is fine; 37 × 2 = 74 is not, though only 37 characters.
    expect(passwordLengthProblem('é'.repeat(36))).toBeNull();
    expect(passwordLengthProblem('é'.repeat(37))).toMatch(/at most 72/);
    // 5 characters, but 20 bytes.
    expect(passwordLengthProblem('😀😀😀😀😀')).toBeNull();
  });
});

describe('usernames', () => {
  it('upper-cases employee ids and lower-cases names', () => {
    expect(normalizeUsername(' dev-001 ')).toBe('DEV-001');
    expect(normalizeUsername('Admin')).toBe('admin');
    expect(normalizeUsername('dev-1')).toBe('dev-1');
  });
});
