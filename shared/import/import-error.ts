import { AppError } from '../contract/result';

/**
 * Input a spreadsheet or vCard import cannot use; the message says what, in
 * Dutch. It is the broker's input that is wrong, so it crosses the API (and
 * leaves the CLI with exit 1) as INVALID_INPUT, like any other bad input.
 */
export class ImportError extends AppError {
  override readonly name = 'ImportError';

  constructor(message: string) {
    super('INVALID_INPUT', message);
  }
}
