/** Text from a file's bytes, and which encoding it turned out to be. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
}

/**
 * Decodes a spreadsheet export: UTF-8 with or without a byte-order mark, or
 * Windows-1252 as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)".
 * Bytes that are not valid UTF-8 mean Windows-1252 (every byte is a character there).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
