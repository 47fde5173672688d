// The pane's dates come from the core's one helper: shown as dd-mm-jjjj, typed as dd-mm-jjjj or ISO.
export { displayDate, isoFromDateInput as parseDateInput } from '../core/dateInput';
