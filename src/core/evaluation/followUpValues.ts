/**
 * The values of the MAS follow-up columns, as the evaluation counts them. Defined once, with the
 * columns, in core/reporting/followUpColumns.ts.
 */
export {
  FOLLOW_UP_HEADERS,
  MUNICIPALITY_ACTION_VALUES,
  DUO_STATUSES,
  ROUTES_A,
  ROUTES_B,
  ROUTES,
  RESULTS,
  canonicalValue,
  type Route,
  type Result,
} from '../reporting/followUpColumns';
