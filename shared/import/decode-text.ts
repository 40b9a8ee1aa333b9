/** Text from a file's bytes, which encoding it turned out to be, and the lines where a byte could not be read. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  /** Lines (1-based) holding a byte that is not UTF-8 in an otherwise UTF-8 file; it reads as "�" there. */
  strayByteLines: number[];
}

const replacement = '\uFFFD';

function linesOf(text: string, character: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const each of text) {
    if (each === '\n') line++;
    else if (each === character && lines.at(-1) !== line) lines.push(line);
  }
  return lines;
}

/**
 * Decodes a spreadsheet export: UTF-8 with or without a byte-order mark, or
 * Windows-1252 as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)".
 * A file whose accented letters are UTF-8 stays UTF-8 when a stray byte
 * stands somewhere in it (that byte becomes "�" and its line is named):
 * reading the whole file as Windows-1252 for one byte turned every "é" into
 * "Ã©". A file with no UTF-8 letters at all but bytes that are not UTF-8 is
 * Windows-1252.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    return { text, encoding: 'utf-8-bom', strayByteLines: linesOf(text, replacement) };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const stray = [...text.matchAll(/\uFFFD/g)].length;
  if (stray === 0) return { text, encoding: 'utf-8', strayByteLines: [] };
  const utf8Letters = [...text.matchAll(/[^\u0000-\u007F\uFFFD]/g)].length;
  if (utf8Letters >= stray) return { text, encoding: 'utf-8', strayByteLines: linesOf(text, replacement) };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', strayByteLines: [] };
}
