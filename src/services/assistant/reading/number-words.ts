/** Numbers as people write them in a question: digits or words ("top three", "late twice"). */
const WORDS: Record<string, number> = {
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
  twice: 2,
  once: 1,
  thrice: 3,
  a: 1,
  an: 1,
};
/** A number, never a year ("over 2025" is a period; "over 2000 hours" is not). */
export const NUMBER = String.raw`((?!(?:19|20)\d\d\b(?! ?(?:h(?:ou)?rs?|hours|people|employees|days)\b))\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|thrice|an?(?= (?:year|month|week|day|quarter)\b))`;
export const toNumber = (word: string) => WORDS[word] ?? Number(word);
