// A stand-in for one of the built client's hashed chunks (npm run build names them chunk-<HASH>.js),
// long enough to be worth compressing: the HTTP pipeline test compresses it as the build does.
export const line0 = 'Amparo stand-in chunk, line 0: the same words again and again compress well.';
export const line1 = 'Amparo stand-in chunk, line 1: the same words again and again compress well.';
export const line2 = 'Amparo stand-in chunk, line 2: the same words again and again compress well.';
export const line3 = 'Amparo stand-in chunk, line 3: the same words again and again compress well.';
export const line4 = 'Amparo stand-in chunk, line 4: the same words again and again compress well.';
export const line5 = 'Amparo stand-in chunk, line 5: the same words again and again compress well.';
export const line6 = 'Amparo stand-in chunk, line 6: the same words again and again compress well.';
export const line7 = 'Amparo stand-in chunk, line 7: the same words again and again compress well.';
export const line8 = 'Amparo stand-in chunk, line 8: the same words again and again compress well.';
export const line9 = 'Amparo stand-in chunk, line 9: the same words again and again compress well.';
export const line10 =
  'Amparo stand-in chunk, line 10: the same words again and again compress well.';
export const line11 =
  'Amparo stand-in chunk, line 11: the same words again and again compress well.';
export const line12 =
  'Amparo stand-in chunk, line 12: the same words again and again compress well.';
export const line13 =
  'Amparo stand-in chunk, line 13: the same words again and again compress well.';
export const line14 =
  'Amparo stand-in chunk, line 14: the same words again and again compress well.';
export const line15 =
  'Amparo stand-in chunk, line 15: the same words again and again compress well.';
export const line16 =
  'Amparo stand-in chunk, line 16: the same words again and again compress well.';
export const line17 =
  'Amparo stand-in chunk, line 17: the same words again and again compress well.';
export const line18 =
  'Amparo stand-in chunk, line 18: the same words again and again compress well.';
export const line19 =
  'Amparo stand-in chunk, line 19: the same words again and again compress well.';
export const line20 =
  'Amparo stand-in chunk, line 20: the same words again and again compress well.';
export const line21 =
  'Amparo stand-in chunk, line 21: the same words again and again compress well.';
export const line22 =
  'Amparo stand-in chunk, line 22: the same words again and again compress well.';
export const line23 =
  'Amparo stand-in chunk, line 23: the same words again and again compress well.';
export const line24 =
  'Amparo stand-in chunk, line 24: the same words again and again compress well.';
export const line25 =
  'Amparo stand-in chunk, line 25: the same words again and again compress well.';
export const line26 =
  'Amparo stand-in chunk, line 26: the same words again and again compress well.';
export const line27 =
  'Amparo stand-in chunk, line 27: the same words again and again compress well.';
export const line28 =
  'Amparo stand-in chunk, line 28: the same words again and again compress well.';
export const line29 =
  'Amparo stand-in chunk, line 29: the same words again and again compress well.';
export const line30 =
  'Amparo stand-in chunk, line 30: the same words again and again compress well.';
export const line31 =
  'Amparo stand-in chunk, line 31: the same words again and again compress well.';
export const line32 =
  'Amparo stand-in chunk, line 32: the same words again and again compress well.';
export const line33 =
  'Amparo stand-in chunk, line 33: the same words again and again compress well.';
export const line34 =
  'Amparo stand-in chunk, line 34: the same words again and again compress well.';
export const line35 =
  'Amparo stand-in chunk, line 35: the same words again and again compress well.';
export const line36 =
  'Amparo stand-in chunk, line 36: the same words again and again compress well.';
export const line37 =
  'Amparo stand-in chunk, line 37: the same words again and again compress well.';
export const line38 =
  'Amparo stand-in chunk, line 38: the same words again and again compress well.';
export const line39 =
  'Amparo stand-in chunk, line 39: the same words again and again compress well.';
