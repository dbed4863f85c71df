import { itemAt } from './item-at';

describe('itemAt', () => {
  it('returns the item in range and names the lookup out of range', () => {
    expect(itemAt(['lunes', 'martes'], 1, 'weekday')).toBe('martes');
    expect(itemAt(new Int32Array([4, 5]), 0, 'rank')).toBe(4);
    expect(() => itemAt(['lunes'], 7, 'weekday')).toThrow('weekday: no item at index 7 (of 1)');
    expect(() => itemAt([], -1, 'month')).toThrow(RangeError);
  });
});
