import { ATTENDANCE } from './measure-groups';
import type { Question } from './plan';

/** Words that ask about others than the asker: a team, a group, everyone, who among them, or "the attendance rate" of all. */
const OTHERS =
  /\bthe (?:overall |average )?(?:attendance|absence)(?: rate)?\b|\b(?:teams?|department|dept|group|everyone|everybody|every ?one|company|organi[sz]ation|org|people|ppl|staff|colleagues?|employees|members|we|our|us|all|anyone|anybody|someone|somebody|who|whose|whom|which)\b/;
/** What a person has of their own: their days, hours, times, scores and leave. */
const OWN = new Set<string>([...ATTENDANCE, 'check_times', 'score', 'leave_taken', 'leave_balance']);

/**
 * An employee sees their own records only, so a bare "how many days absent last month" or "check out time yesterday",
 * naming no one, is about the asker, as "my" would say (the team's figures would be refused as outside their scope).
 */
export function ownByDefault(q: Question): Question {
  const { reading, context } = q;
  if (context.role !== 'employee' || reading.me || q.people.length > 0 || reading.teams.length > 0 || reading.measures.length === 0) return q;
  // A ranking ("the top 5 performers"), or a level's figure ("the seniors' average score"), is of others, never the
  // asker's own figures.
  const others = OTHERS.test(reading.said) || reading.operation === 'rank' || reading.filters.position !== undefined;
  if (!reading.measures.every((m) => OWN.has(m)) || others) return q;
  return { ...q, reading: { ...reading, me: true } };
}
