/*
 * practice37 — what the service does not keep or do: pay, reporting lines, contact details, kinds of leave it has
 * no type for, offices, and an order to approve; each must be refused naming what is missing.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  q('PL132', 'admin', "What's Tom Becker's salary?", () => refusal('salary')),
  q('PL133', 'DEV-001', 'Who does Sofia Rossi report to?', () => refusal('report', 'manager', 'manages')),
  q('PL134', 'admin', 'Phone number for Grace Kim?', () => refusal('phone')),
  q('PL135', 'admin', 'How much parental leave has Zoe Adams taken?', () => refusal('parental')),
  q('PL136', 'QA-001', "Approve Chris Walker's leave request for 2 December", () => refusal('approve')),
  q('PL137', 'admin', 'What bonus did the AI team get this year?', () => refusal('bonus')),
  q('PL138', 'DAT-004', 'How much overtime pay am I owed for October?', () => refusal('overtime', 'pay')),
  q('PL139', 'admin', 'Which office is the Security team based in?', () => refusal('office')),
];
