import { collated, namePlaces } from '../../core/collated';

describe('namePlaces', () => {
  const sign = (n: number) => Math.sign(n);

  it('orders names as the collator does, names it holds equal sharing a place, across calls that add names', () => {
    const first = ['Zoe Adams', 'zoe adams', 'Émile Roux', 'Emile Roux', 'Ana Silva', 'ana silva', 'O’Brien', "O'Brien", 'Ravi Patel', 'Mei Lin'];
    const second = [...first, 'Aaron Best', 'Émile Roux', 'Zoë Adams', 'Lukas Novak', 'Ｌｕｋａｓ'];
    for (const names of [first, second, first]) {
      const places = namePlaces(names);
      for (const a of names) for (const b of names) expect(sign(places.get(a)! - places.get(b)!)).toBe(sign(collated(a, b)));
    }
  });

  it('keeps its places when every name asked is known', () => {
    const names = ['Chris Walker', 'Nina Kowalski', 'Omar Haddad'];
    expect(namePlaces(names)).toBe(namePlaces([...names].reverse()));
  });
});
