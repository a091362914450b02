/*
 * practice69 — who works here, as the README's "who" and "what" parts promise: a person by id (any case), by full
 * name, misspelt or by a first name only one person has; profile facts (position, job title, start date, last day,
 * tenure; several at once; several people at once); headcounts (active staff unless leavers are asked for) of a team
 * by code, name, misspelling or nickname, of a manager's own team ("me included", so it reads one way), of a position
 * or a job title, of the whole company, on a past day (those employed that day), and the whole less a part; lists by
 * position and job title. The manager and employees ask about their own.
 */
import type { Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { countOf, countWithMe, employedOnDay, excluding, listFor, misspelt, yearsOf } from '../../oracle/practice69-people';
import { day } from '../../oracle/practice69-periods';
import { q } from '../helpers';
import { answer, count, figures, people, years } from './shared';

const who = (id: string, ...facts: Array<'title' | 'position'>) =>
  answer({ people: [id], mentions: facts.map((f) => (f === 'title' ? person(id).title : person(id).position)) });
const hired = (...ids: string[]) => answer({ dates: ids.map((id) => person(id).hire) });
const n = (value: number, label?: string) => figures({ ...count(value), ...(label && { label }) });

export const PEOPLE: readonly Question[] = [
  // A person by id, name, misspelling, first name.
  q('QR001', 'admin', 'who is DEV-014?', () => who('DEV-014', 'title')),
  q('QR002', 'admin', "who's sec-002", () => who('SEC-002', 'title')),
  q('QR003', 'admin', 'tell me about fatma zahra', () => who(misspelt('Fatma Zahra', 'QA-003'), 'title')),
  q('QR004', 'DEV-001', 'who is Yuki?', () => who('DEV-009', 'position')),
  q('QR005', 'QA-001', 'who is marcus lea', () => who(misspelt('Marcus Lea', 'QA-002'), 'title')),
  q('QR006', 'DEV-003', "what's my job title and position?", () => answer({ mentions: [person('DEV-003').title, person('DEV-003').position] })),
  q('QR007', 'SEC-004', 'what is my job title', () => answer({ mentions: [person('SEC-004').title] })),
  // Start date, last day, tenure.
  q('QR008', 'admin', 'when did Chloe Dubois start?', () => hired('DEV-013')),
  q('QR009', 'QA-001', 'zoe adams start date', () => hired('QA-009')),
  q('QR010', 'DAT-004', 'when did i join the company', () => hired('DAT-004')),
  q('QR011', 'admin', "what was Laura Silva's last day?", () => answer({ dates: [person('DAT-009').end!] })),
  q('QR012', 'admin', 'Ethan Hughes - start date, last day and job title', () =>
    answer({ dates: [person('SEC-008').hire, person('SEC-008').end!], mentions: [person('SEC-008').title] }),
  ),
  q('QR013', 'admin', 'How long has Ravi Patel been with us?', () => figures(years(yearsOf('DEV-014')))),
  q('QR014', 'QA-003', 'how many years have i worked here', () => figures(years(yearsOf('QA-003')))),
  q('QR015', 'DEV-001', 'tenure of tom becker', () => figures(years(yearsOf('DEV-002')))),
  q('QR016', 'admin', 'when did Amara Nwosu and Sana Qureshi join', () =>
    answer({ people: ['AI-002', 'AI-004'], dates: [person('AI-002').hire, person('AI-004').hire] }),
  ),
  q('QR017', 'admin', 'who has been here longer, Grace Kim or Lukas Novak?', () =>
    answer({ people: ['QA-007', 'DEV-004'], dates: [person('QA-007').hire, person('DEV-004').hire] }),
  ),
  // Headcounts.
  q('QR018', 'admin', 'headcount for the testers?', () => n(countOf({ team: 'QA' }))),
  q('QR019', 'admin', 'how many staff in Qualty Assurance', () => n(countOf({ team: 'QA' }))),
  q('QR020', 'admin', 'how many devs do we have', () => n(countOf({ team: 'DEV' }))),
  q('QR021', 'admin', 'How many people are in the data team?', () => n(countOf({ team: 'DAT' }))),
  q('QR022', 'admin', 'Data headcount including leavers', () => n(countOf({ team: 'DAT', status: 'any' }))),
  q('QR023', 'admin', 'how many employees does the company have right now', () => n(countOf())),
  q('QR024', 'admin', 'how many seniors are there in security', () => n(countOf({ team: 'SEC', position: 'Senior' }))),
  q('QR025', 'admin', 'hw many juniors r in dev', () => n(countOf({ team: 'DEV', position: 'Junior' }))),
  q('QR026', 'admin', 'number of security analysts on staff?', () => n(countOf({ title: 'Security Analyst' }), 'analyst|employee|people|staff|person')),
  q('QR027', 'admin', 'how many ML engineers are there in AI', () => n(countOf({ team: 'AI', title: 'ML Engineer' }), 'engineer|employee|people|staff|person')),
  q('QR028', 'DEV-001', 'how many people are on my team, me included?', () => n(countWithMe('DEV-001', { team: 'DEV' }))),
  q('QR029', 'DEV-001', 'how many juniors do I manage', () => n(countOf({ team: 'DEV', position: 'Junior' }))),
  q('QR030', 'QA-001', 'how many mid-level people are on my team', () => n(countOf({ team: 'QA', position: 'Mid' }))),
  q('QR031', 'admin', 'how many people did we employ on 15 September 2025?', () => n(employedOnDay(day('2025-09-15')))),
  q('QR032', 'admin', 'headcount excluding the QA team', () => n(excluding({}, { teams: ['QA'] }))),
  q('QR033', 'admin', 'how many non-senior staff are in Development', () => n(excluding({ team: 'DEV' }, { positions: ['Senior'] }))),
  q('QR034', 'QA-001', 'headcount of my team excluding the juniors, me included', () => n(excluding({ team: 'QA' }, { positions: ['Junior'] }))),
  // Lists.
  q('QR035', 'admin', 'list the seniors in the dev team', () => people(listFor({ team: 'DEV', position: 'Senior' }))),
  q('QR036', 'admin', 'who are our mid-level ML engineers?', () => people(listFor({ position: 'Mid', title: 'ML Engineer' }))),
  q('QR037', 'QA-001', 'list the juniors on my team', () => people(listFor({ team: 'QA', position: 'Junior' }, 'QA-001'))),
  q('QR038', 'DEV-001', 'who are the leads and seniors in my team', () =>
    people([...listFor({ team: 'DEV', position: 'Lead' }, 'DEV-001'), ...listFor({ team: 'DEV', position: 'Senior' }, 'DEV-001')]),
  ),
];
