/*
 * The forty-first practice set: a team manager and an HR generalist asking the assistant from their phones between
 * meetings — the admin at HR, Priya Raman (manager of DEV, DEV-001) and Elena Petrova (manager of QA, QA-001) — plus
 * the four employees with logins (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke) asking about themselves. Short,
 * sloppy, lower-case messages with typos, slang and abbreviations ("hw many ppl late tdy", "whos out fri", "qa avg
 * score q3??", "did omar clock out yday"), follow-up-style questions that still stand alone, rankings (top and bottom
 * N, who had the most), thresholds (more than N, under N %, at least once), comparisons of two teams, two people or
 * two periods, and counts and shares of people; over attendance (rates, late, absent, on leave, hours, missing
 * check-outs), scores, leave, holidays and working days, hires, leavers and headcount; scope probes for every role,
 * refusals of what the service does not do or keep, and questions whose right answer is nobody, none or no.
 * Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section, without reading the
 * assistant's code or running it; assembled from the files of questions/practice41/, every figure, date, person and
 * team computed by the oracle from the data set (oracle/practice41-figures.ts for what is new).
 */
import type { Question } from '../expectation';
import { CALENDAR } from './practice41/calendar';
import { COMPARE } from './practice41/compare';
import { COUNTING } from './practice41/counting';
import { FLOOR } from './practice41/floor';
import { HOURS } from './practice41/hours';
import { LEAVE } from './practice41/leave';
import { ME } from './practice41/me';
import { NOBODY } from './practice41/nobody';
import { PEOPLE } from './practice41/people';
import { RATES } from './practice41/rates';
import { REFUSALS } from './practice41/refusals';
import { SCOPE } from './practice41/scope';
import { SCORES } from './practice41/scores';

export const PRACTICE41: readonly Question[] = [
  ...FLOOR,
  ...RATES,
  ...COUNTING,
  ...HOURS,
  ...SCORES,
  ...LEAVE,
  ...CALENDAR,
  ...PEOPLE,
  ...COMPARE,
  ...ME,
  ...NOBODY,
  ...SCOPE,
  ...REFUSALS,
];
