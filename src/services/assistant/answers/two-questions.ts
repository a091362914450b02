import type { ConversationContext } from '../llm-client.port';
import { readQuestion, type Reading } from '../reading/reading';
import { compose } from './compose';
import { isPlan, type Plan } from './plan';
import { sideBySide } from './side-by-side';

/** Where two questions typed as one meet: "… and when is …", "…? and my …", "…; …". */
const JOINT = /\s*(?:[?;]\s*(?:and\s+)?|,?\s+(?:and|&|plus)\s+(?:also\s+)?)(?=\S)/gi;

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

/** A part with its own period, or one about people as they are now, which needs none ("how many people on my team"). */
const periodOf = (reading: Reading) =>
  reading.range !== null || reading.quarters.length > 0 || reading.measures.every((m) => m === 'headcount' || m === 'position' || m === 'profile');

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
    const readings = parts.map((part) => readQuestion(part, context));
    if (!readings.every(whole) || readings[0]!.measures[0] === readings[1]!.measures[0]) continue;
    if (periodOf(asOne) && !readings.every(periodOf)) continue;
    // A team or a level said once for both ("headcount and average score in QA") belongs to both: not two questions.
    if (readings.some((r) => r.teams.length < asOne.teams.length || (asOne.filters.position !== undefined && r.filters.position === undefined))) continue;
    const steps = readings.map((reading) => compose({ reading, people: [], employee_ids: [], context }));
    if (!steps.every(isPlan)) continue;
    return { reading: readings[0]!, step: sideBySide(steps) as Plan };
  }
  return null;
}
