import { addMonths } from '../dates/add-months';
import { shiftDate } from '../dates/shift-date';

/** The default contact moments after a warm handover: is the resident still taking part? */
export function plannedFollowUps(handoverOn: string): { dueOn: string; note: string }[] {
  return [
    { dueOn: shiftDate(handoverOn, 14), note: 'Na 2 weken: is de bewoner gestart?' },
    { dueOn: addMonths(handoverOn, 3), note: 'Na 3 maanden: doet de bewoner nog mee?' },
    { dueOn: addMonths(handoverOn, 6), note: 'Na 6 maanden: doet de bewoner nog mee?' },
  ];
}
