// @vitest-environment node
import {partnersInOrder, type Partner} from '@site/src/data/partners';

describe('partner catalog', () => {
  it('orders by the order field, not by position in the file', () => {
    // The catalog's own entries, whatever they are: partnersInOrder reads only `order`.
    const entry = (id: string, order: number) => ({id, order}) as unknown as Partner;
    const shuffled = [entry('c', 3), entry('a', 1), entry('d', 4), entry('b', 2)];
    expect(partnersInOrder(shuffled).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
