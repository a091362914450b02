/*
 * How people ask the work calendar, in the words the reader knows: a holiday by its date ("what's the holiday on 25
 * Aug called"), the calendar named as where holidays are, whether one has to work on a day, half days, and the
 * working days left or due. Read right after the leave phrasings.
 */
import type { Rewrite } from './everyday-phrasings';

export const CALENDAR_PHRASINGS: Rewrite[] = [
  // "The holiday on 25 Aug", "the next holiday in the calendar": the calendar is where holidays are.
  [/\bwhat(?:'s| is| was) the (?:public |bank |company )?holiday on (.+?) called\b/gi, (_said, day: string) => `what holiday is on ${day}`],
  [/\s+(?:in|on) (?:the|my|our|my team['’]s|our team['’]s) (?:work |holiday |company |team )?calendar\b/gi, '', /\bholiday/i],
  [/\bwhich of (?:this year['’]s|the|our) holidays are (?:only )?/gi, 'which holidays are '],
  [/\bwhen do (?:we|i) next (?:get|have) (?:a |the )?/gi, 'when is the next '],
  [/^\s*(?:did|do|will) (?:i|we) (?:have|need) to work (?:on )?(.+?)\s*\??\s*$/gi, (_said, day) => `was ${day} a working day?`],
  [/\bdo (?:i|we) get the (?:afternoon|morning) off on (.+?)\s*\??\s*$/gi, (_said, day) => `is ${day} a half day?`],
  [/\s+or (?:a )?(?:normal|regular|ordinary|usual) (?:working |work )?day\b/gi, ''],
  [/\b(working|work|business) days (?:are |is )?(?:still )?(?:left|remaining) for\b/gi, (_said, kind) => `${kind} days for`],
  // "Working days in December, given their team day": the team's own days are in its calendar already.
  [
    /,?\s*(?:given|counting|including|with|taking into account) (?:their|the|our|its|my) (?:own )?(?:team day|team holiday|holidays?|days? off)\b/gi,
    '',
    /\bworking days?\b/i,
  ],
  // "How many days am I due to work in Dec": the working days.
  [
    /\bhow many days (?:am i|are we|do i|will i be|is ([a-z]+(?: [a-z]+)?)|does ([a-z]+(?: [a-z]+)?)) (?:due|supposed|expected|scheduled|meant|going|have) to work\b/gi,
    (_said, is?: string, does?: string) => ((is ?? does) === undefined ? 'how many working days do i have' : `how many working days does ${is ?? does} have`),
  ],
];
