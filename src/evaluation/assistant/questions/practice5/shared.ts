/* The shared helpers and today's date, in one import for this set's files. */
export { LAST_WEEK, NEXT_WEEK, OCTOBER, SEPTEMBER, AUGUST, THIS_MONTH, THIS_WEEK, THIS_YEAR, THIS_QUARTER, YESTERDAY, q } from '../helpers';
export { TODAY as TODAY_DAY } from '../../dataset/calendar';
