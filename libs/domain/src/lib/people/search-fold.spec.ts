import { foldForSearch, searchableNames } from './search-fold';

describe('search folding', () => {
  it('ignores case and accents in Latin scripts', () => {
    expect(foldForSearch('  Ñuñez  NGUYỄN Thị  ')).toBe('nunez nguyen thi');
    expect(foldForSearch('Łukasz')).toBe('łukasz'); // Ł is a letter of its own, not L + a mark
  });

  it('keeps other scripts searchable', () => {
    expect(foldForSearch('Жанна')).toBe('жанна');
    expect(foldForSearch('Йосиф')).toBe('иосиф'); // the breve is a mark in Unicode
  });

  it('joins names and aliases', () => {
    expect(searchableNames('José', 'Pérez', ['Pepe', 'Giuseppe'])).toBe(
      'jose perez | pepe | giuseppe',
    );
  });
});
