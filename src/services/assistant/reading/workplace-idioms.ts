import type { Rewrite } from './everyday-phrasings';

/**
 * Idioms of the workplace for hiring, ranking and moving, in the words the reader knows: people "taken on", who "came
 * out on top", "the biggest jump", someone's "official" title. Read right after the everyday phrasings.
 */
export const WORKPLACE_IDIOMS: Rewrite[] = [
  // "Which people did we take on this quarter": hired.
  [/\b(?:did|have|has) (?:we|the company|hr) (?:take|taken|took) on\b/gi, 'were hired'],
  [/\b(was|were|got|been|being) taken on\b/gi, (_said, verb: string) => `${verb} hired`],
  // "Who came out on top", "who finished bottom": the highest or lowest score.
  [/\b(?:came|come|comes|finished|finish|ended up|was) (?:out )?(?:on )?top\b/gi, 'scored highest'],
  [/\b(?:came|come|comes|finished|finish|ended up|was) (?:out )?(?:at the )?bottom\b/gi, 'scored lowest'],
  // "Biggest score jump from Q2 to Q3 - who, and how many points?": the most improved, answered with the change.
  [/\b(?:the )?(?:biggest|largest|greatest|highest) (?:score |scoring )?(?:jump|leap|climb|gain)s?\b/gi, 'most improved'],
  // "… from Q2 to Q3 - who, and how many points?": the change is answered with whose it is and its size.
  [
    /(?<=\b(?:most improved|biggest (?:score )?(?:drop|fall|decline))\b.*?)\s*[-–—,:]?\s*who\b,?\s*(?:and )?(?:by )?how (?:many points|much)\s*\??/gi,
    '',
    /\bhow (?:many points|much)\b/i,
  ],
  // "Did Sofia Rossi start before Mei Lin": the two named as the choice, the first asked about.
  [
    /\bdid (.+?) (?:start|join)(?: (?:us|here|the company|the team))? (before|earlier than|sooner than|after|later than) (.+?)(?=\s*[?.!,;]|\s*$)/gi,
    (_said, first: string, when: string, second: string) =>
      `did ${first} join ${/^(?:before|earlier|sooner)/i.test(when) ? 'first' : 'last'}, ${first} or ${second}`,
  ],
  // "My official job title": the title held.
  [/\b(?:official|actual|formal|current) (job title|title|position|role)\b/gi, (_said, what: string) => what],
];
