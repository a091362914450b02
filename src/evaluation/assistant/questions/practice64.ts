/*
 * The sixty-fourth practice set: long messages. Each question is two to five sentences as people really write to a
 * chat assistant — the context first (a meeting, an email being drafted, a review, a colleague's situation, a line
 * someone else said), other people and other teams named in passing, sometimes a greeting or a thank-you — and one
 * real question, or two asks joined in one sentence (then both are expected). The answer is for the question asked,
 * in the caller's scope: a name or team given only as context changes nothing asked, while a pronoun or "that month"
 * that points back takes the person or period the context names (README: sentences of context). It covers attendance
 * rates, absences and hours; late arrivals, check-in times and missing check-outs; leave balances and requests and who
 * is off; holidays and working days; scores; headcount, hires, leavers and profiles; context the question points back
 * to; people and teams outside the caller's scope ("not found", or a refusal naming the team or the company; a first
 * name shared by two people asked back by HR); and messages whose real ask must be refused — pay, an order (send an
 * email, approve, reject, book, move, cancel, check someone in, mark present), a prediction, advice, a verdict,
 * reporting lines, credentials — though the context around it mentions answerable things.
 *
 * Every role asks: the HR admin, the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own team,
 * and the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004)
 * about themselves.
 *
 * It was written code-blind, from /work/shared/API.md, docs/API.md and the README only (and the evaluation harness):
 * the assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed
 * from the data set by the oracle — oracle/practice64-figures.ts works attendance out again record by record and day
 * by day from the absence rule, scores from their inputs, headcounts from the people, and checks each against the
 * earlier oracles; oracle/practice64-leave.ts recounts what a request costs and the working days of a calendar — and
 * a question whose readings would disagree (a period reaching today, with and without today; a list with and without
 * leavers or the manager; a top n tied at its edge; a score on its line) throws and is not asked. Facts a message's
 * context states are checked against the data set too, so that no context misleads.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice64/attendance';
import { CALENDAR } from './practice64/calendar';
import { LATES } from './practice64/lates';
import { LEAVE } from './practice64/leave';
import { PEOPLE } from './practice64/people';
import { POINTING } from './practice64/pointing';
import { REFUSALS } from './practice64/refusals';
import { SCOPE } from './practice64/scope';
import { SCORES } from './practice64/scores';

export const PRACTICE64: readonly Question[] = [...ATTENDANCE, ...LATES, ...LEAVE, ...CALENDAR, ...SCORES, ...PEOPLE, ...POINTING, ...SCOPE, ...REFUSALS];
