import { finalScore, hasAtMostThreeDecimals, isPeriod } from '../../core/performance';

describe('performance score rules', () => {
  it('rounds the mean half-up to two decimals where floating point would not', () => {
    // The usual ways fail: 85.335 is stored as 85.33499999…, and 1.005 * 100 as 100.49999….
    expect((85.335).toFixed(2)).toBe('85.33');
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(finalScore({ kpi: 1.005, completed_task: 1.005, feedback_360: 1.005 })).toBe(1.01);
    // Every way of reaching a mean of exactly 85.335 gives 85.34.
    expect(finalScore({ kpi: 85.335, completed_task: 85.335, feedback_360: 85.335 })).toBe(85.34);
    expect(finalScore({ kpi: 85, completed_task: 85, feedback_360: 86.005 })).toBe(85.34);
    expect(finalScore({ kpi: 80.005, completed_task: 90, feedback_360: 86 })).toBe(85.34);
    expect(finalScore({ kpi: 80.002, completed_task: 90, feedback_360: 86 })).toBe(85.33);
    expect(finalScore({ kpi: 85, completed_task: 90, feedback_360: 80 })).toBe(85);
    expect(finalScore({ kpi: 100, completed_task: 100, feedback_360: 99 })).toBe(99.67);
    expect(finalScore({ kpi: 0, completed_task: 0, feedback_360: 1 })).toBe(0.33);
    expect(finalScore({ kpi: 0, completed_task: 0, feedback_360: 0.015 })).toBe(0.01);
    expect(finalScore({ kpi: 0.005, completed_task: 0.005, feedback_360: 0.005 })).toBe(0.01);
    expect(finalScore({ kpi: 0.004, completed_task: 0.004, feedback_360: 0.004 })).toBe(0);
    expect(finalScore({ kpi: 100, completed_task: 100, feedback_360: 100 })).toBe(100);
  });

  it('accepts real quarters only', () => {
    for (const period of ['2025-Q1', '2024-Q4', '1999-Q2']) expect(isPeriod(period)).toBe(true);
    for (const period of ['2025-Q0', '2025-Q5', '2025Q1', '25-Q1', '2025-q1', '0000-Q1', '2025-Q1 ']) expect(isPeriod(period)).toBe(false);
  });

  it('takes inputs of up to three decimals', () => {
    expect(hasAtMostThreeDecimals(85.335)).toBe(true);
    expect(hasAtMostThreeDecimals(0.1)).toBe(true);
    expect(hasAtMostThreeDecimals(85.3351)).toBe(false);
  });
});
