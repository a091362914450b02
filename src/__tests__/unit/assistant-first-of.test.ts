import { firstOf } from '../../services/assistant/answers/format';

describe('firstOf', () => {
  it('gives what a stable sort and a slice give, ties in the order they came', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: Math.floor(next() * 60) }, (_, id) => ({ id, score: Math.floor(next() * 8), name: 'abc'[Math.floor(next() * 3)]! }));
      const compare = (a: (typeof items)[number], b: (typeof items)[number]) => b.score - a.score || a.name.localeCompare(b.name);
      for (const n of [0, 1, 2, 5, 50, 100]) expect(firstOf(items, compare, n)).toEqual([...items].sort(compare).slice(0, n));
    }
  });
});
