// Names are searched the way people remember them: without case or accents, in any script.
/** Lower case, accents and other combining marks removed, spaces collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every name and alias of a person, folded, as one searchable string. */
export function searchableNames(
  givenNames: string,
  familyNames: string,
  aliases: readonly string[],
): string {
  return [`${givenNames} ${familyNames}`, ...aliases]
    .map(foldForSearch)
    .filter(Boolean)
    .join(' | ');
}
