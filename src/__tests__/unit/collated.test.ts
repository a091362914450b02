import { byScoreThenName, collated, namePlaces } from '../../core/collated';

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

describe('byScoreThenName', () => {
  const people = [
    { id: 'E-3', name: 'zoe adams', score: 0.5 },
    { id: 'E-1', name: 'Ana Silva', score: 1 },
    { id: 'E-4', name: 'Zoe Adams', score: 0.5 },
    { id: 'E-2', name: 'Émile Roux', score: 0.5 },
    { id: 'E-5', name: 'ana silva', score: 1 },
  ];

  it('orders as the comparator by score, the collator and then the rest would, in place', () => {
    const items = [...people];
    const sorted = byScoreThenName(
      items,
      (p) => p.score,
      (p) => p.name,
      (a, b) => collated(a.id, b.id),
    );
    const expected = [...people].sort((a, b) => b.score - a.score || collated(a.name, b.name) || collated(a.id, b.id));
    expect(sorted).toBe(items);
    expect(sorted.map((p) => p.id)).toEqual(expected.map((p) => p.id));
  });

  it('keeps the order of people the score and the name tie, with no rest', () => {
    const tied = [
      { id: 'E-7', name: 'Mei Lin', score: 1 },
      { id: 'E-8', name: 'Lukas Novak', score: 1 },
      { id: 'E-6', name: 'Mei Lin', score: 1 },
    ];
    expect(
      byScoreThenName(
        [...tied],
        (p) => p.score,
        (p) => p.name,
      ).map((p) => p.id),
    ).toEqual(['E-8', 'E-7', 'E-6']);
  });
});
