/* Whether a part of a message reads as a question on its own, and whether it says whom it is about. */
import type { Reading } from './reading';

/** A measure, every word applied, nothing the service does not hold. */
export const reads = (reading: Reading) => reading.measures.length > 0 && reading.unused.length === 0 && reading.notHeld === null;

/** "How many days was Ben Carter absent", "has everyone in DEV checked in", "who on my team …": a subject of its own. */
export const ownSubject = (question: Reading, said: string) =>
  question.names.length > 0 ||
  question.employee_ids.length > 0 ||
  question.teams.length > 0 ||
  question.me ||
  /\b(?:who|whom|anyone|anybody|everyone|everybody|someone|somebody|people|employees|staff|we|us|our|my team|the team|the company)\b/i.test(said);

/** "Mohammed Saleh v Ahmed Ali": text that is nothing but two or more names and the words joining them — whom a question after it chooses between. */
export const onlyNames = (text: string, names: readonly string[]) =>
  names.length > 1 &&
  names.reduce((rest, name) => rest.replace(name, ' '), text.toLowerCase()).replace(/\b(?:v|vs|versus|and|or|between)\b|[^\p{L}]+/gu, '').length === 0;

/** A question choosing among people ("who joined first?", "which of them …"). */
export const CHOICE = /^\s*(?:and\s+)?(?:who|which)\b/i;

/** "For the whole company", "which teams", "do we have", a team or a person named: a question that says which teams it is about. */
export const saysItsTeams = (question: Reading) =>
  question.names.length > 0 ||
  question.employee_ids.length > 0 ||
  question.teams.length > 0 ||
  question.me ||
  /\b(?:(?:whole |entire )?company(?:-wide)?|organi[sz]ation|everyone|everybody|all teams|every team|each team|one team|(?:which|what) teams?|across (?:the )?teams|we|us|my team|our team)\b/i.test(
    question.said,
  );
