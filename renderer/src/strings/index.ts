import { addressBookStrings } from './address-book';
import { analysisStrings } from './analysis';
import { casusStrings } from './casus';
import { commonStrings } from './common';
import { logbookStrings } from './logbook';
import { meetingStrings } from './meetings';
import { requestStrings } from './requests';
import { networkStrings } from './network';
import { searchStrings } from './search';
import { settingsStrings } from './settings';

/**
 * Every text of the UI, in Dutch (nl-NL), one file per feature; `dutch.ts`
 * holds the one way to count ("1 organisatie", "2 organisaties") and to
 * write a date ("14 maart 2026") whatever the machine's language. Screens
 * import `strings` from here.
 */
export const strings = {
  ...commonStrings,
  ...addressBookStrings,
  ...settingsStrings,
  ...searchStrings,
  ...logbookStrings,
  ...meetingStrings,
  ...requestStrings,
  ...analysisStrings,
  ...networkStrings,
  ...casusStrings,
} as const;
