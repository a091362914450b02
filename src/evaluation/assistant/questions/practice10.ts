/*
 * The tenth practice set, written code-blind from API.md and the README (the assistant's code, its tests and the
 * other question sets unread), every expected figure computed from the data set by the oracle. Refusal-heavy: about
 * two in five questions are what a real HR user types when the assistant cannot or should not answer — data the
 * service does not keep, orders, advice, predictions, people and teams outside the caller's scope, breakdowns not
 * offered, vague or one-word questions, gibberish, other languages, and a supported part joined to an unsupported
 * one — and the rest ordinary supported questions in varied styles, from every role.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice10/attendance';
import { LEAVE_AND_HOLIDAYS } from './practice10/leave';
import { NOT_KEPT } from './practice10/not-kept';
import { ORDERS_ADVICE } from './practice10/orders-advice';
import { OUT_OF_REACH } from './practice10/out-of-reach';
import { PEOPLE_QUESTIONS } from './practice10/people';
import { SCORES } from './practice10/scores';

export const PRACTICE10: Question[] = [...NOT_KEPT, ...ORDERS_ADVICE, ...OUT_OF_REACH, ...PEOPLE_QUESTIONS, ...ATTENDANCE, ...SCORES, ...LEAVE_AND_HOLIDAYS];
