/** Input a spreadsheet or vCard import cannot use; the message says what, in Dutch. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
