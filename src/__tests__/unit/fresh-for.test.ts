import { freshFor } from '../../services/assistant/fresh-for';
import { ManualClock } from '../support/manual-clock';

describe('a value read at most once a minute (the assistant’s tracking start)', () => {
  it('when asked again within the time, then it is not read again; after it, it is read again', async () => {
    const clock = new ManualClock();
    clock.set('2025-11-19T09:00:00Z');
    let reads = 0;
    const value = freshFor(60_000, clock, () => Promise.resolve(`start-${++reads}`));
    expect(await value()).toBe('start-1');
    clock.set('2025-11-19T09:00:59Z');
    expect(await value()).toBe('start-1');
    clock.set('2025-11-19T09:01:00Z');
    expect(await value()).toBe('start-2');
    expect(reads).toBe(2);
  });

  it('when a read fails, then the failure is not kept: the next question reads again', async () => {
    const clock = new ManualClock();
    clock.set('2025-11-19T09:00:00Z');
    let reads = 0;
    const value = freshFor(60_000, clock, () => (++reads === 1 ? Promise.reject(new Error('database down')) : Promise.resolve('2025-08-01')));
    await expect(value()).rejects.toThrow('database down');
    expect(await value()).toBe('2025-08-01');
  });
});
