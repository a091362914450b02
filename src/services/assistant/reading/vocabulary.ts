import type { AsTyped } from './as-typed';
import { closest, toleranceFor } from './edit-distance';
import { MONTH_NAMES } from './month-words';

/**
 * The words questions are made of, for reading a misspelt one as meant
 * ("attendence", "perfomers"). People's and teams' names are matched apart,
 * against the names that exist.
 */
const DOMAIN = `attendance attend attended present presence late lateness tardy absent absence absences absentee absentees absenteeism missed
  leave leaves left vacation holiday holidays public bank annual sick unpaid balance remaining allowance entitlement requests request pending approved approval rejected cancelled
  score scores scored scoring scorer scorers performance performer performers performing rating ratings rated ranking ranked average median minimum maximum distribution spread
  highest lowest best worst better worse than top bottom strongest weakest improved improvement improvers dropped declined change changed
  employees employee people staff headcount members member workers team teams department departments
  junior juniors senior seniors lead leads manager managers manage manages managing position positions level levels title status active inactive
  hired hires joined joiners joiner started early leavers leaver resigned departed tenure longest serving newest oldest
  hours worked working check checked checkout clocked compare comparison versus trend trends quarter quarters month months week weeks year years
  today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  corrections correction missing between since during following previous tracking records began arrivals arrival above below under
  engineer engineers analyst analysts scientist scientists designer designers researcher researchers specialist specialists architect architects`;

/** Things asked about that the service does not keep: corrected too, so a misspelt one ("salry") is refused by name. */
const NOT_KEPT = `salary salaries wages bonus bonuses compensation remuneration overtime payroll address addresses birthday birthdays expenses
  forecast prediction predict promotion promotions probation training maternity paternity bereavement nationality gender qualifications certifications
  vacancies pension pensions benefits appraisal appraisals disciplinary grievance grievances sabbatical fortnight fortnightly
  contractor contractors freelancers weather culture morale laptop laptops equipment parking insurance diversity ethnicity religion`;

const VOCABULARY = new Set(`${DOMAIN} ${NOT_KEPT}`.split(/\s+/).filter(Boolean));

/** The vocabulary by word length: a word further in length than its tolerance cannot be within it, so only the near lengths are compared. */
const BY_LENGTH = new Map<number, string[]>();
for (const word of VOCABULARY) BY_LENGTH.set(word.length, [...(BY_LENGTH.get(word.length) ?? []), word]);

const near = new Map<number, string[]>();

function nearInLength(word: string): string[] {
  let found = near.get(word.length);
  if (found === undefined) {
    const max = toleranceFor(word);
    found = [];
    for (let length = word.length - max; length <= word.length + max; length++) found.push(...(BY_LENGTH.get(length) ?? []));
    near.set(word.length, found);
  }
  return found;
}

/** Words too common or too short to correct, and the filler of a question. */
export const FILLER = new Set(
  `a an the of in on at for to from by with and or is are was were be been being do does did done i me my mine we our us you your it its this that these those
  please pls plz can could would will should shall tell show give get list what whats what's who whos who's whom which how many much there any anyone anybody some all
  hey hi hello thanks thank just about know see let find out want need like quick quickly kindly so far yet now ok okay um uh hmm
  has have had am currently current right exactly overall own total whole entire also again still ever as up into per one each every
  among amongst here their them they work works working when got summary summaries overview stats statistics he she his her him someone somebody people's time times day days number numbers figure figures info information details report looking going summarise summarize summarised breakdown table tabulate whether analyse analyze analysis anything something everything else too if`.split(
    /\s+/,
  ),
);

const WORD = /\p{L}+/gu;

/** A word questions are made of, or a common one: a team code that is one ("it") is a team only where the question says so. */
export function isQuestionWord(word: string): boolean {
  return VOCABULARY.has(word) || FILLER.has(word) || ENGLISH.has(word) || SHORTHAND.has(word);
}

/** Everyday words one edit from a word of the questions ("stuff" is not "staff", "tired" not "hired"): never corrected. */
const ENGLISH = new Set(['stuff', 'tired', 'fired', 'store', 'stores', 'wired', 'liked', 'dated']);

/** Shorthand people type, written out before reading. */
const SHORTHAND_WORDS: Record<string, string> = {
  wk: 'week',
  wek: 'week',
  n: 'and',
  wks: 'weeks',
  yr: 'year',
  yrs: 'years',
  hrs: 'hours',
  ppl: 'people',
  qtr: 'quarter',
  qtrs: 'quarters',
  rn: 'now',
  emps: 'employees',
  mgr: 'manager',
  mgrs: 'managers',
  avg: 'average',
  perf: 'performance',
  attn: 'attendance',
  att: 'attendance',
  sr: 'senior',
  jr: 'junior',
  tmrw: 'tomorrow',
  yday: 'yesterday',
  tdy: 'today',
  compair: 'compare',
  tday: 'today',
  w: 'with',
  workday: 'working day',
  workdays: 'working days',
  ytd: 'this year',
  mtd: 'this month',
  hols: 'holidays',
  pto: 'leave',
  ooo: 'off',
  bal: 'balance',
  u: 'you',
  r: 'are',
  atm: 'now',
  im: "i'm",
  tues: 'tuesday',
  weds: 'wednesday',
  thur: 'thursday',
  thurs: 'thursday',
  ur: 'your',
  hw: 'how',
  nxt: 'next',
  wat: 'what',
  wats: "what's",
  hc: 'headcount',
  leav: 'leave',
  absnt: 'absent',
  mth: 'month',
  mths: 'months',
  mnth: 'month',
  mnths: 'months',
  reqs: 'requests',
  req: 'request',
  lv: 'leave',
  lve: 'leave',
  hol: 'holiday',
  scr: 'score',
  scrs: 'scores',
  strt: 'start',
  wrkng: 'working',
  wrk: 'work',
  ive: 'i have',
  aint: "isn't",
  whens: 'when',
  lst: 'last',
  abt: 'about',
  // Two words typed as one.
  lastweek: 'last week',
  lastmonth: 'last month',
  lastyear: 'last year',
  thisweek: 'this week',
  thismonth: 'this month',
  thisyear: 'this year',
  nextweek: 'next week',
  nextmonth: 'next month',
  howmany: 'how many',
  whowas: 'who was',
  whowere: 'who were',
  whois: 'who is',
  // Four-letter words typed a letter short or swapped, too short to correct by distance.
  chek: 'check',
  abve: 'above',
  abv: 'above',
  undr: 'under',
  hav: 'have',
  yaer: 'year',
  yera: 'year',
  wich: 'which',
  thn: 'than',
  hows: 'how is',
  pts: 'points',
};
/** A map, not an object: a message of "constructor" must find nothing, not Object's own. */
const SHORTHAND = new Map(Object.entries(SHORTHAND_WORDS));

/** The question in lower case with each misspelt domain word replaced by the word it is one or two edits from. */
export function correctSpelling(text: string, protectedWords: ReadonlySet<string>, typed?: AsTyped): string {
  return text.toLowerCase().replace(WORD, (word, at: number, whole: string) => {
    const read = meant(word, whole.slice(0, at), protectedWords);
    typed?.note(read, word);
    return read;
  });
}

function meant(word: string, before: string, protectedWords: ReadonlySet<string>): string {
  if (SHORTHAND.has(word)) return SHORTHAND.get(word)!;
  // "8 hr", "how many hr": hours; otherwise "hr" is most often the department ("headcount in HR").
  if (word === 'hr' && /(?:\d|\bhow many|\btotal|\bno\.? of)\s*$/.test(before)) return 'hours';
  if (VOCABULARY.has(word) || FILLER.has(word) || ENGLISH.has(word) || protectedWords.has(word)) return word;
  const near = closest(word, nearInLength(word)) ?? cutShort(word);
  // "than" is only ever said after a comparison: "ethan hughes" is a name, not "than hughes".
  if (near === 'than' && !AFTER_COMPARISON.test(before)) return word;
  return near ?? word;
}

const AFTER_COMPARISON =
  /\b(?:more|less|fewer|greater|higher|lower|better|worse|bigger|smaller|longer|shorter|earlier|later|other|rather|over|under)\s+(?:\S+\s+)?$/;

/** Being "out", "away" or "out of office" is being off: one word, so one rule reads it (leave ahead, absence gone by). */
export function awayAsOff(text: string, typed?: AsTyped): string {
  return (
    text
      .replace(/\bout of (?:the )?office\b|\baway\b(?! days?\b)/g, (said) => {
        typed?.note('off', said);
        return 'off';
      })
      .replace(
        /\b(who's|who is|who are|who was|who were|is|are|was|were|be|being|been|anyone|anybody|everyone|people|employees|staff|i'm|we're|they're) out\b(?! of\b)/g,
        (_said, who: string) => {
          typed?.note('off', 'out');
          return `${who} off`;
        },
      )
      // "Anyone on my team out next week": out for a time, as away; "checked out today", "clock in and out on …" stay check-outs.
      .replace(
        /(?<!\b(?:check|checks|checked|checking|clock|clocks|clocked|clocking|sign|signed|log|logged|find|found|figure|work|worked|carry|sort|print|miss|missed|missing|no|without)[ -]|\b(?:check|checked|clock|clocked|sign|signed)[ -]in (?:and|&|\/) )\bout\b(?= (?:next|this|today|tomorrow|on|over|during|until|till|from|all|the rest)\b)/g,
        () => {
          typed?.note('off', 'out');
          return 'off';
        },
      )
  );
}

/** A four-letter word typed one letter short of exactly one word of the questions ("scor", "mont"): that word. */
function cutShort(word: string): string | null {
  if (word.length !== 4) return null;
  // An ending ("rate" + d, "team" + s) makes another word, not a finished one.
  const longer = (BY_LENGTH.get(5) ?? []).filter((known) => known.startsWith(word) && !/[sd]$/.test(known));
  return longer.length === 1 ? longer[0]! : null;
}

/** Capitalised words after the first, kept from correction as names ("Sofia"), unless a month misspelt ("Novmber"). */
export function capitalisedNames(raw: string): Set<string> {
  return new Set([...raw.matchAll(/(?<=\S\s+)[A-Z][a-z]+/g)].map((m) => m[0].toLowerCase()).filter((word) => closest(word, MONTH_NAMES) === null));
}
