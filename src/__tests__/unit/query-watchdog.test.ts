import { QueryWatchdog, READ_TIMEOUT_MESSAGE } from '../../infrastructure/postgres/query-watchdog';

const never = () => new Promise<never>(() => undefined);

describe('the query watchdog', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('when a statement answers in time, then its answer passes through, and so does its error', async () => {
    const watchdog = new QueryWatchdog(5_000);
    await expect(watchdog.watch(Promise.resolve('rows'))).resolves.toBe('rows');
    await expect(watchdog.watch(Promise.reject(new Error('syntax error')))).rejects.toThrow('syntax error');
  });

  it('when a statement goes unanswered past the budget, then it fails with the read timeout within a tick, and one answered meanwhile does not', async () => {
    const watchdog = new QueryWatchdog(1_000);
    let outcome: string | undefined;
    const stuck = watchdog.watch(never()).catch((error: Error) => (outcome = error.message));
    let answer: (value: string) => void = () => undefined;
    const slow = watchdog.watch(new Promise<string>((resolve) => (answer = resolve)));
    await jest.advanceTimersByTimeAsync(900);
    answer('fine');
    await expect(slow).resolves.toBe('fine');
    expect(outcome).toBeUndefined();
    // The deadline passes at 1,000 ms; a tick is a quarter of the budget.
    await jest.advanceTimersByTimeAsync(350);
    await stuck;
    expect(outcome).toBe(READ_TIMEOUT_MESSAGE);
  });

  it('when nothing is waiting, then its timer is stopped, and it starts again for the next statement', async () => {
    const watchdog = new QueryWatchdog(1_000);
    expect(jest.getTimerCount()).toBe(0);
    const first = watchdog.watch(never()).catch((error: Error) => error.message);
    expect(jest.getTimerCount()).toBe(1);
    await jest.advanceTimersByTimeAsync(1_250);
    expect(await first).toBe(READ_TIMEOUT_MESSAGE);
    expect(jest.getTimerCount()).toBe(0);
    await watchdog.watch(Promise.resolve('x'));
    expect(jest.getTimerCount()).toBe(0);
  });
});
