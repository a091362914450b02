/*
 * A line written the many ways people write one — "ninety-five per cent", "85pc", ".9", "2,000 hours", "fall below",
 * "go over", "fell short of", "log more than", "by more than 4 points" — in the words the threshold reader knows.
 */
import type { Rewrite } from './everyday-phrasings';

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = {
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const TENS_SAID = Object.keys(TENS).join('|');
const UNITS_SAID = Object.keys(UNITS).join('|');
/** A number the line reader takes, as written after the rewrites below. */
const FIGURE = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|once|twice)`;

export const LINE_WORDS: Rewrite[] = [
  // "Ninety-five per cent", "seventy seven", "one hundred percent", "fifteen": in figures.
  [/\bone hundred\b/gi, '100'],
  [
    new RegExp(String.raw`\b(${TENS_SAID})(?:[- ](${UNITS_SAID}))?\b`, 'gi'),
    (_said, tens: string, units?: string) => String(TENS[tens.toLowerCase()]! + (units ? UNITS[units.toLowerCase()]! : 0)),
  ],
  [new RegExp(String.raw`\b(${Object.keys(TEENS).join('|')})\b`, 'gi'), (said) => String(TEENS[said.toLowerCase()])],
  [/(\d)\s*(?:per ?cent|pct|pc)\b/gi, (_said, digit: string) => `${digit}%`],
  // "Below 0.95 attendance", "over .9": a rate written as a fraction is a percentage.
  [
    /(?<=^|[\s(])0?\.(\d{1,4})\b(?!\s*(?:h(?:ou)?rs?|hours|days?|points?|%))/g,
    (_said, digits: string) => `${Number((Number(`0.${digits}`) * 100).toFixed(2))}%`,
    /\b(?:attendance|attended|absence|absent|rates?|presence|present|punctuality)\b/i,
  ],
  // ".5 days": 0.5; "2,000 hours": 2000.
  [/(?<=^|[\s(])\.(\d+)\b/g, (_said, digits: string) => `0.${digits}`],
  [/\b(\d{1,3}),(\d{3})\b(?!,\d)/g, (_said, thousands: string, rest: string) => `${thousands}${rest}`],
  // "Did the rate fall below 95%", "go over 10%", "get above .9": the line itself.
  [
    new RegExp(
      String.raw`\b(?:fall|falls|fell|fallen|falling|drop|drops|dropped|dip|dips|dipped|sink|sank|go|goes|went|gone|get|gets|got|rise|rises|rose|climb|climbed|creep|crept|slip|slipped|be) (below|under|above|over)(?= ${FIGURE}\b)`,
      'gi',
    ),
    (_said, side: string) => side,
  ],
  // "Did they hit at least 90%", "reach over 40 hours": have that much.
  [
    /(?<!\b(?:will|won't|going to|gonna) (?:\w+ ){0,2})\b(?:hit|hits|reach|reached|reaches|make|made|achieve|achieved|meet|met)(?= (?:at least|over|above|more than|below|under|fewer than|less than)\b)/gi,
    'have',
  ],
  // "Fell short of 100%", "short of 40 hours": below it.
  [new RegExp(String.raw`\b(?:(?:fall|falls|fell|fallen|come|came|was|were|is|are) )?short of(?= ${FIGURE}\b)`, 'gi'), 'below'],
  // "Did DEV log more than 2000 hours", "clock over 40 hours": hours worked.
  [
    /\b(?:log|logs|logged|clock|clocks|clocked|rack up|racked up|put in|puts in)(?= (?:more|over|above|at least|fewer|less|under|below|at most)\b[^?]*?\b(?:h(?:ou)?rs?|hours)\b)/gi,
    'work',
  ],
  // "Improved by more than 4 points", "a spread of more than 30 points": points of a score are its figures.
  [new RegExp(String.raw`(?<=\b(?:more|fewer|less|over|above|under|below|at least|at most|than|exactly|by) ${FIGURE}) points?\b`, 'gi'), ''],
];
