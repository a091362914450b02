/* Reading an answer's text: the numbers it gives, the people it names, the dates it mentions. */
import { dataset } from '../dataset/dataset';

const WORD_NUMBERS: Record<string, number> = {
  zero: 0, none: 0, nobody: 0, 'no one': 0, 'no-one': 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20,
};

export interface NumberInText {
  value: number;
  percent: boolean;
}

const ID = /\b[A-Z]{2,10}-\d{3,}\b/g;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
const PERIOD = /\b\d{4}-Q[1-4]\b|\bQ[1-4]\b/gi;
const TIME = /\b\d{1,2}:\d{2}(:\d{2})?\b/g;

/** Numbers written in the text, ids, dates, periods and times of day aside; "1,234.5" is one number. */
export function numbersIn(text: string): NumberInText[] {
  const plain = text.replace(ID, ' ').replace(ISO_DATE, ' ').replace(PERIOD, ' ').replace(TIME, ' ');
  const found: NumberInText[] = [];
  for (const m of plain.matchAll(/(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*%?|(?<![\w.])-?\d+(?:\.\d+)?\s*%?/g)) {
    const raw = m[0].trim();
    found.push({ value: Number(raw.replace(/[,%\s]/g, '')), percent: raw.endsWith('%') });
  }
  const lower = text.toLowerCase();
  for (const [word, value] of Object.entries(WORD_NUMBERS)) {
    if (new RegExp(`\\b${word}\\b`).test(lower)) found.push({ value, percent: false });
  }
  return found;
}

const normalise = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'");

/** The employees of the data set the text names, by id or by full name. */
export function peopleIn(text: string): Set<string> {
  const named = new Set<string>(text.match(ID) ?? []);
  const lower = normalise(text);
  for (const p of dataset().people) if (lower.includes(normalise(p.name))) named.add(p.id);
  return new Set([...named].filter((id) => dataset().people.some((p) => p.id === id)));
}

const TEAM_NAMES: Record<string, RegExp> = {
  DEV: /\bDEV\b|\bDevelopment\b/,
  QA: /\bQA\b|\bQuality Assurance\b/,
  DAT: /\bDAT\b|\bData\b(?! ?(?:set|base))/,
  SEC: /\bSEC\b|\bSecurity\b/,
  AI: /\bAI\b|\bArtificial Intelligence\b/,
};

/** The teams the text names, by code or name (names as capitalised words). */
export function teamsIn(text: string): Set<string> {
  return new Set(Object.keys(TEAM_NAMES).filter((code) => TEAM_NAMES[code]!.test(text.replace(/\b[A-Z]{2,10}-\d{3,}\b/g, ' '))));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Does the text mention this date: ISO, "24 December 2025", "December 24", "Dec 24", "24/12/2025"? */
export function mentionsDate(text: string, iso: string): boolean {
  if (text.includes(iso)) return true;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  const lower = text.toLowerCase();
  const names = `(?:${month}|${month.slice(0, 3)}\\.?)`;
  const day = `0?${d}(?:st|nd|rd|th)?`;
  return (
    new RegExp(`\\b${day}\\s+(?:of\\s+)?${names}\\b`).test(lower) ||
    new RegExp(`\\b${names}\\s+${day}\\b`).test(lower) ||
    lower.includes(`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`)
  );
}
