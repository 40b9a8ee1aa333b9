/** The largest spreadsheet read in one go, by the app and the CLI alike: about 100,000 rows of a sociale kaart. */
export const maxImportFileBytes = 15 * 1024 * 1024;

/** How far an XLSX file may unpack: a real sheet of a sociale kaart is a few MB; a zip bomb is gigabytes. */
export const maxUnpackedXlsxBytes = 100 * 1024 * 1024;

/**
 * The total uncompressed size a ZIP file (an XLSX) declares in its central
 * directory, read without unpacking anything; null when the directory cannot
 * be found or uses ZIP64 (sizes past 4 GB), which counts as too large.
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: at least 22 bytes from the end, after a comment of up to 64 KB.
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 65_535); offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end === -1) return null;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return null;
  let total = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const unpacked = view.getUint32(offset + 24, true);
    if (unpacked === 0xffffffff) return null;
    total += unpacked;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}
