import { setNewest } from '../../core/bounded-map';

describe('setNewest', () => {
  it('when the map is full, then the entry stored longest ago goes, and a re-stored key counts as new', () => {
    const map = new Map<string, number>();
    setNewest(map, 'a', 1, 2);
    setNewest(map, 'b', 2, 2);
    setNewest(map, 'a', 3, 2);
    setNewest(map, 'c', 4, 2);
    expect([...map]).toEqual([
      ['a', 3],
      ['c', 4],
    ]);
  });

  it('when a key already present is stored in a full map, then nothing else goes', () => {
    const map = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    setNewest(map, 'b', 5, 2);
    expect([...map]).toEqual([
      ['a', 1],
      ['b', 5],
    ]);
  });
});
