import type { ConversationContext } from '../llm-client.port';
import { readQuestion, type Reading } from '../reading/reading';
import { compose } from './compose';
import { ATTENDANCE } from './measure-groups';
import { isPlan, type Plan } from './plan';
import { sideBySide } from './side-by-side';
import { UNRESOLVED } from '../reading/several-asks';

/** Where two questions typed as one meet: "… and when is …", "…? and my …", "…; …", "…, who …". */
const JOINT = /\s*(?:[?;]\s*(?:and\s+)?|,?\s+(?:and|&|plus)\s+(?:also\s+)?|,\s+(?=(?:who|how|what|which|when|my)\b))(?=\S)/gi;

/** A part that reads on its own: something measured, every word applied, nobody to look up, nothing refused. */
function whole(reading: Reading): boolean {
  return (
    reading.measures.length > 0 &&
    reading.unused.length === 0 &&
    reading.names.length === 0 &&
    reading.employee_ids.length === 0 &&
    reading.notHeld === null &&
    reading.action === null &&
    reading.holidayName === null
  );
}

/** A part with its own period, or one that needs none: people as they are now ("how many people on my team"), what is pending. */
const needsNone = (reading: Reading) =>
  reading.measures.every((m) => m === 'headcount' || m === 'position' || m === 'profile') || reading.filters.request_status === 'pending';
const periodOf = (reading: Reading) => reading.range !== null || reading.quarters.length > 0 || needsNone(reading);

const periodKey = (reading: Reading) => (reading.range ? `${reading.range.from}/${reading.range.to}` : reading.quarters.join());

/**
 * "My score last quarter and my attendance last month", "my leave balance and
 * when is the next holiday": two questions in one message, each answered as if
 * asked alone, side by side. Only when the message read as one asks two
 * different things, and each part reads whole with its own period when the
 * message has one; otherwise null, and the message is read as one question
 * ("hires and leavers in 2025" is one question about two measures).
 */
export function twoQuestions(question: string, asOne: Reading, context: ConversationContext): { reading: Reading; step: Plan } | null {
  if (new Set(asOne.measures).size < 2) return null;
  for (const joint of question.matchAll(JOINT)) {
    const parts = [question.slice(0, joint.index), question.slice(joint.index + joint[0].length)];
    const alone = parts.map((part) => readQuestion(part, context));
    // "My attendance rate this month, and how many hours have I worked": a second question with no period has the first's.
    // Only a second part that is a question of its own ("… and how many hours …"); "my late days and absences last month" is one.
    const asks = /^(?:how|what|who|which|when|did|do|does|was|were|is|are|have|has)\b/i.test(parts[1]!.trim());
    const read = alone.map((r, i) =>
      i === 0 || !asks || periodOf(r) || !r.measures.every((m) => ATTENDANCE.has(m)) ? r : { ...r, range: alone[0]!.range, quarters: alone[0]!.quarters },
    );
    // "Which team had the lowest attendance, and who in it was absent the most": "it" is the first answer, not known yet.
    if (!read.every(whole) || read[0]!.measures[0] === read[1]!.measures[0] || UNRESOLVED.test(parts[1]!)) continue;
    if (periodOf(asOne) && !read.every(periodOf)) continue;
    const lacking = (r: Reading) => r.teams.length < asOne.teams.length || (asOne.filters.position !== undefined && r.filters.position === undefined);
    // A team or a level said once for both ("headcount and average score in QA") belongs to both: one question, unless
    // each part has a period of its own ("who on my team is on leave this week, who hasn't checked in today"), and
    // then it is carried into the part that does not say it.
    const ownPeriod = (r: Reading) => periodKey(r) !== '' || r.filters.request_status === 'pending';
    if (read.some(lacking) && !(read.filter(lacking).every(ownPeriod) && new Set(read.map(periodKey)).size === 2)) continue;
    const readings = read.map((r) =>
      lacking(r) ? { ...r, teams: asOne.teams, filters: { ...r.filters, ...(asOne.filters.position && { position: asOne.filters.position }) } } : r,
    );
    // "…, who hasn't checked in today, and did anyone forget to check out yesterday": a part may itself be two.
    const steps = readings.map((reading, i) => twoQuestions(parts[i]!, reading, context)?.step ?? compose({ reading, people: [], employee_ids: [], context }));
    if (!steps.every(isPlan)) continue;
    return { reading: readings[0]!, step: sideBySide(steps) as Plan };
  }
  return null;
}
