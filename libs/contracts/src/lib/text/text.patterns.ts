// Patterns shared by the contract classes' text fields.

/**
 * At least one character that is not white space. The API trims names and reasons before storing
 * them, so one made only of spaces would be stored empty (or, where a column requires a
 * character, refused by PostgreSQL: a 500 instead of the 400 the person needs).
 */
export const NOT_BLANK = /\S/;

/** No control character at all (line breaks, tabs, NUL, escape sequences): one line of text. */
export const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;
