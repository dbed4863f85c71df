// The embedded typeface (Noto Serif, regular and bold) and the check that it can draw a text.
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { UncoveredCharacterError } from '../errors/filing.error';

type PdfFontkit = Parameters<PDFDocument['registerFontkit']>[0];
type PdfFont = ReturnType<PdfFontkit['create']>;
type GlyphRun = ReturnType<PdfFont['layout']>;

export interface FontFace {
  /** Name written in the PDF: a fixed subset tag keeps output reproducible. */
  readonly pdfName: string;
  readonly bytes: Uint8Array;
  /** Parsed once per process and shared by every document (parsing dominates otherwise). */
  readonly font: PdfFont;
  readonly covers: (codePoint: number) => boolean;
}

export interface FilingFonts {
  readonly regular: FontFace;
  readonly bold: FontFace;
}

const PACKAGE = '@expo-google-fonts/noto-serif';

/**
 * The filing scripts (Latin with Vietnamese and Polish marks, Cyrillic, Greek) need no shaping once
 * text is NFC-normalised: mapping characters straight to glyphs skips the OpenType engine, which
 * cost ~10x the rest of rendering, and keeps ligatures out, so copied text stays exact.
 */
function unshaped(font: fontkit.Font): PdfFont {
  const layout = (text: string): GlyphRun => {
    const glyphs = font.glyphsForString(text);
    return { glyphs } as unknown as GlyphRun;
  };
  // fontkit 2 encodes a subset in one call; pdf-lib 1.17 still asks for the old stream interface.
  const createSubset = (): ReturnType<PdfFont['createSubset']> => {
    const subset = font.createSubset();
    const encodeStream = () => {
      const stream = {
        on(event: string, listener: (bytes?: Uint8Array) => void) {
          if (event === 'data') queueMicrotask(() => listener(subset.encode()));
          if (event === 'end') queueMicrotask(() => queueMicrotask(() => listener()));
          return stream;
        },
      };
      return stream;
    };
    return Object.assign(subset, { encodeStream }) as unknown as ReturnType<
      PdfFont['createSubset']
    >;
  };
  return Object.create(font, {
    layout: { value: layout },
    createSubset: { value: createSubset },
  }) as PdfFont;
}

function parse(bytes: Uint8Array): fontkit.Font {
  const parsed = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if ('fonts' in parsed) throw new Error('Font collections are not supported');
  return parsed;
}

/**
 * Node's own `require`, also inside the API's webpack bundle: webpack rewrites `require.resolve`
 * of a computed path into an empty module context that throws, so generating any filing failed
 * with a 500 in the built app (`npm start`) while every test from source passed.
 */
declare const __non_webpack_require__: NodeJS.Require | undefined;
const nodeRequire: NodeJS.Require =
  typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require;

function loadFace(file: string, pdfName: string): FontFace {
  const root = dirname(nodeRequire.resolve(`${PACKAGE}/package.json`));
  const bytes = new Uint8Array(readFileSync(join(root, file)));
  const font = unshaped(parse(bytes));
  const covered = new Set<number>(font.characterSet);
  return { pdfName, bytes, font, covers: (codePoint) => covered.has(codePoint) };
}

let cached: FilingFonts | undefined;

/** Read once per process; each document embeds only the glyphs it uses. */
export function filingFonts(): FilingFonts {
  cached ??= {
    regular: loadFace('400Regular/NotoSerif_400Regular.ttf', 'AMPFRG+NotoSerif-Regular'),
    bold: loadFace('700Bold/NotoSerif_700Bold.ttf', 'AMPFBD+NotoSerif-Bold'),
  };
  return cached;
}

/** What pdf-lib calls to parse a font: hands back the shared parsed face for our bytes. */
export function filingFontkit(fonts: FilingFonts): PdfFontkit {
  return {
    create: (bytes: Uint8Array) => {
      const face = [fonts.regular, fonts.bold].find((f) => f.bytes === bytes);
      return face ? face.font : unshaped(parse(bytes));
    },
  };
}

/** Characters that are layout, not ink: never need a glyph. */
const INVISIBLE = new Set([0x0a, 0x0d, 0x09]);

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Refuses any character that the regular or bold face cannot draw, naming it and its field. */
export function assertCovered(fonts: FilingFonts, text: string, field: string): void {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (INVISIBLE.has(codePoint)) continue;
    if (!fonts.regular.covers(codePoint) || !fonts.bold.covers(codePoint)) {
      throw new UncoveredCharacterError(char, codePointLabel(codePoint), field);
    }
  }
}
