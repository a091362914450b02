import { turns } from '../../services/turns';

describe('turns for long loops', () => {
  it('when a loop awaits a turn per item past the interval, then work queued for the next turn runs before the loop ends', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other request'));
    const turn = turns(100);
    for (let i = 0; i < 250; i++) await turn();
    order.push('loop done');
    expect(order).toEqual(['other request', 'loop done']);
  });

  it('when a loop is shorter than the interval, then it keeps the event loop to itself', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other request'));
    const turn = turns(100);
    for (let i = 0; i < 99; i++) await turn();
    order.push('loop done');
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['loop done', 'other request']);
  });
});
