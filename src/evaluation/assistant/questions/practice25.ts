/*
 * The twenty-fifth practice set: first-week users of every role trying the assistant with the README open —
 * a new employee, a new team manager and a new admin who comes from another company's HR system (Workday,
 * BambooHR, Odoo) and asks in its words ("time off", "PTO", "headcount report", "attrition", "roster",
 * "timesheet", "clock-in", "tardies", "no-shows", "out of office", "bank holiday", "department" for a team,
 * "grade" or "seniority" for a position, "job title"). They paraphrase the README's example questions and
 * API.md's description of the assistant, and probe its edges: names misspelt or given by first name only
 * (ambiguous: asked back, listing the candidates in the caller's scope), team nicknames, relative periods
 * (yesterday, the day before yesterday, last Monday, the past 7 days, the last 30 days, H1, year to date,
 * since September), one's own days (when was I last late, my clock-in on a date, did I check out
 * yesterday), leave (balance, my requests and their state, who is off tomorrow or next week), holidays,
 * corrections, scope (an employee about a colleague or the company; a manager about another team or a person
 * elsewhere: named back as outside or "not found"), and about thirty refusals naming what the service does
 * not keep or do (salary, PTO accrual forecasts, sending messages, approving or editing through the chat,
 * addresses, phone numbers, birthdays, review text, reasons for absences). Every role asks: the admin, the
 * two managers and the four employees; about a fifth is typed as in a chat box (typos, lowercase,
 * fragments) and about sixteen are yes or no. Written code-blind from /work/shared/API.md, docs/API.md and
 * the README; assembled from the files of questions/practice25/, every figure, date and person computed by
 * the oracle from the data set.
 */
import type { Question } from '../expectation';
import { ADMIN } from './practice25/admin';
import { EDGES } from './practice25/edges';
import { EMPLOYEES } from './practice25/employees';
import { MANAGERS } from './practice25/managers';
import { REFUSALS } from './practice25/refusals';
import { YES_NO } from './practice25/yes-no';

export const PRACTICE25: readonly Question[] = [...EMPLOYEES, ...MANAGERS, ...ADMIN, ...EDGES, ...YES_NO, ...REFUSALS];
