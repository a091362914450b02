/* Reading an answer's text: the numbers it gives, the people it names, the dates it mentions. */
import { dataset } from '../dataset/dataset';

const WORD_NUMBERS: Record<string, number> = {
  zero: 0,
  none: 0,
  nobody: 0,
  'no one': 0,
  'no-one': 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
};

export interface NumberInText {
  value: number;
  percent: boolean;
  /** Written with a decimal point ("0.95", "1.0"). */
  decimal: boolean;
  /** The words between this number and its neighbours (at most 30 characters each way): what it counts. */
  before: string;
  after: string;
}

const ID = /\b[A-Z]{2,10}-\d{3,}\b/g;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
const PERIOD = /\b\d{4}-Q[1-4]\b|\bQ[1-4]\b/gi;
const TIME = /\b\d{1,2}:\d{2}(:\d{2})?\b/g;
const DIGITS = /(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*%?|(?<![\w.])-?\d+(?:\.\d+)?\s*%?/g;
const WORDS = new RegExp(`\\b(${Object.keys(WORD_NUMBERS).join('|')})\\b`, 'g');
const blank = (m: string) => ' '.repeat(m.length);

const withoutLabels = (text: string) => text.replace(ID, blank).replace(ISO_DATE, blank).replace(PERIOD, blank).replace(TIME, blank).toLowerCase();

/** Does the text give a figure in digits (ids, dates, periods and times of day aside)? */
export const hasDigits = (text: string) => /\d/.test(withoutLabels(text));

/** Numbers written in the text, ids, dates, periods and times of day aside; "1,234.5" is one number. */
export function numbersIn(text: string): NumberInText[] {
  const plain = withoutLabels(text);
  const spans: Array<{ start: number; end: number; raw: string; word: boolean }> = [];
  for (const m of plain.matchAll(DIGITS)) spans.push({ start: m.index, end: m.index + m[0].length, raw: m[0].trim(), word: false });
  for (const m of plain.matchAll(WORDS)) spans.push({ start: m.index, end: m.index + m[0].length, raw: m[0], word: true });
  spans.sort((a, b) => a.start - b.start);
  return spans.map((span, i) => {
    const from = Math.max(spans[i - 1]?.end ?? 0, span.start - 30);
    const to = Math.min(spans[i + 1]?.start ?? plain.length, span.end + 30);
    return {
      value: span.word ? WORD_NUMBERS[span.raw]! : Number(span.raw.replace(/[,%\s]/g, '')),
      percent: span.raw.endsWith('%'),
      decimal: span.raw.includes('.'),
      before: plain.slice(from, span.start),
      after: plain.slice(span.end, to),
    };
  });
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
