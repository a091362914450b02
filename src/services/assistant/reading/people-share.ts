/** "What percentage of people were late at least once": the people counted, then as a share of those who could have been. */
export interface PeopleShare {
  /** As asked ("what percentage of"), to say back. */
  said: string;
  /** The question asking how many instead: "how many people in QA were late at least once". */
  rest: string;
}

const SHARE = String.raw`(?:percentage|percent|pct|%|share|proportion|fraction|part)`;
const NOT_PEOPLE = String.raw`(?!(?:the |my |his |her |their )?(?:days?|hours?|time|shifts?|weeks?|months?|working|scores?)\b)`;
const PEOPLE_WORD = /^(?:(?:the|our|my) )?(?:people|persons|employees|staff|ppl|folks|everyone|us)$/i;
const ASKED = new RegExp(
  String.raw`(?<![a-z0-9])(?:(?:what|which)(?: is the)? ${SHARE}|how many (?:percent|%)|(?:the )?${SHARE}) of ${NOT_PEOPLE}((?:the |our |my )?[a-z]+(?: team)?)\b`,
  'i',
);

/**
 * "What % of staff had at least one absence in October", "share of QA late at least once last month": a share of
 * people, not of days. The question is read as a count of people ("how many people in QA …"), and the count is held
 * against the people who could have been counted.
 */
/** "What % of Q3 scores were under 70", "what % of AI's Q3 scores were above 80": a share of a quarter's scores. */
const OF_SCORES = new RegExp(
  String.raw`(?<![a-z0-9])(?:(?:what|which)(?: is the)? ${SHARE}|how many (?:percent|%)|(?:the )?${SHARE}) of (?:the |all )?((?:[a-z0-9-]+['’]?s? ){0,2})(?:final )?scores? (?:were |are |was |is |came in |fell |landed )?`,
  'i',
);

export function peopleShare(question: string): PeopleShare | null {
  const scores = OF_SCORES.exec(question);
  if (scores) {
    const which = scores[1]!.trim();
    const rest = question.slice(scores.index + scores[0].length);
    return {
      said: scores[0].slice(0, scores[0].indexOf(' of ') + 3).trim(),
      rest: `${question.slice(0, scores.index)}how many people${which ? ` in ${which}` : ''} scored ${rest}`,
    };
  }
  const found = ASKED.exec(question);
  if (!found) return null;
  const who = found[1]!;
  const said = found[0].slice(0, found[0].length - who.length).trim();
  const people = PEOPLE_WORD.test(who) ? 'how many people' : `how many people in ${who}`;
  return { said, rest: `${question.slice(0, found.index)}${people}${question.slice(found.index + found[0].length)}` };
}
