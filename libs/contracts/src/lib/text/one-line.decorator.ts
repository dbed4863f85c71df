// A one-line text (a name, a place, a reference, a code): no line break, tab or other control
// character, which would break the line it is printed on (a filing, a list, an export) or hide in
// it. Free text with lines (notes, statements, reasons, grounds) does not take it; the API refuses
// the other control characters and bidirectional overrides in every text of every request.
import { Matches, type ValidationOptions } from 'class-validator';
import { NO_CONTROL_CHARACTERS } from './text.patterns';

export const OneLine = (options: Pick<ValidationOptions, 'each'> = {}) =>
  Matches(NO_CONTROL_CHARACTERS, {
    ...options,
    message: options.each
      ? 'each $property must be one line: no line breaks, tabs or control characters'
      : '$property must be one line: no line breaks, tabs or control characters',
  });
