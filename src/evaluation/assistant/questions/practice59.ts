/*
 * The fifty-ninth practice set: traps where an answer could silently be for a different question. Several constraints
 * stacked at once (a level, a team, a period, a job title, a status: "which junior devs were late in october",
 * "including leavers, which SEC juniors were absent in September", "lowest Q2 score among the AI mid-levels still with
 * us"); people, teams and levels misspelt ("Lukas Novack", "Secuirty", "senoirs"); teams by nickname ("the data team",
 * "security folks", "devs", "the testers"); a first name two people share ("chris": the admin is asked which, each
 * manager has one) and two names a letter apart (Lukas, Lucas); people and teams outside the caller's scope (not
 * found, or named back); departments the organisation does not have (sales, HR, legal) and a person nobody is called;
 * periods the service cannot answer (per fortnight, a fiscal year, a semester, H3, Q5, week 54, mid-October,
 * 2025-09-31, a holiday the calendar does not hold); an answerable question joined to an unanswerable one (the refusal
 * is the answer); negations ("devs who were NOT late at all in october", "which teams had zero absentees yesterday";
 * of one person or as yes or no, refused); yes-or-no questions ("was anyone absent in QA yesterday?", "did Aisha check
 * in today?", "is 1 Dec a day off for me?"); and things it must refuse outright, naming what it cannot do.
 *
 * Every role asks: the HR generalist (admin), the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about
 * their own team, and the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma
 * Clarke (SEC-004) about themselves, some of them across their scope.
 *
 * Whoever wrote it read only /work/shared/API.md, docs/API.md and the README (and the evaluation harness), never the
 * assistant's code, and did not run the assistant: it is written code-blind. Every figure, person, team and date is
 * computed from the data set by the oracle (oracle/practice59-figures.ts for what is new, with the earlier oracles),
 * never typed in; a misspelling is checked to be nearest the one name meant, and a question that two readings would
 * answer differently throws and is not asked.
 */
import type { Question } from '../expectation';
import { MIXED } from './practice59/mixed';
import { NAMES } from './practice59/names';
import { NEGATIONS } from './practice59/negations';
import { NICKNAMES } from './practice59/nicknames';
import { SCOPE } from './practice59/scope';
import { STACKED } from './practice59/stacked';
import { STACKED_MINE } from './practice59/stacked-mine';
import { UNKNOWN } from './practice59/unknown';
import { YES_NO } from './practice59/yes-no';

export const PRACTICE59: readonly Question[] = [...STACKED, ...STACKED_MINE, ...NAMES, ...NICKNAMES, ...SCOPE, ...UNKNOWN, ...NEGATIONS, ...YES_NO, ...MIXED];
