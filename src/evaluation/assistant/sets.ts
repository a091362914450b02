/*
 * Every question set the evaluation can ask, by the name `--half` takes: the two halves (working, held-back) and the
 * practice sets written code-blind since, each with the name its report gives it. A new set is one import and one line here.
 */
import type { Question } from './expectation';
import { HELD_BACK } from './questions/held-back';
import { PRACTICE } from './questions/practice';
import { PRACTICE2 } from './questions/practice2';
import { PRACTICE3 } from './questions/practice3';
import { PRACTICE4 } from './questions/practice4';
import { PRACTICE5 } from './questions/practice5';
import { PRACTICE6 } from './questions/practice6';
import { PRACTICE7 } from './questions/practice7';
import { PRACTICE8 } from './questions/practice8';
import { PRACTICE9 } from './questions/practice9';
import { PRACTICE10 } from './questions/practice10';
import { PRACTICE11 } from './questions/practice11';
import { PRACTICE12 } from './questions/practice12';
import { PRACTICE13 } from './questions/practice13';
import { PRACTICE13B } from './questions/practice13b';
import { PRACTICE14 } from './questions/practice14';
import { PRACTICE15 } from './questions/practice15';
import { PRACTICE16 } from './questions/practice16';
import { PRACTICE17 } from './questions/practice17';
import { PRACTICE18 } from './questions/practice18';
import { PRACTICE19 } from './questions/practice19';
import { PRACTICE20 } from './questions/practice20';
import { PRACTICE21 } from './questions/practice21';
import { PRACTICE22 } from './questions/practice22';
import { PRACTICE23 } from './questions/practice23';
import { PRACTICE24 } from './questions/practice24';
import { PRACTICE25 } from './questions/practice25';
import { PRACTICE26 } from './questions/practice26';
import { PRACTICE27 } from './questions/practice27';
import { PRACTICE28 } from './questions/practice28';
import { PRACTICE29 } from './questions/practice29';
import { PRACTICE30 } from './questions/practice30';
import { PRACTICE31 } from './questions/practice31';
import { PRACTICE32 } from './questions/practice32';
import { PRACTICE33 } from './questions/practice33';
import { PRACTICE34 } from './questions/practice34';
import { PRACTICE35 } from './questions/practice35';
import { PRACTICE36 } from './questions/practice36';
import { PRACTICE37 } from './questions/practice37';
import { PRACTICE38 } from './questions/practice38';
import { PRACTICE39 } from './questions/practice39';
import { PRACTICE40 } from './questions/practice40';
import { PRACTICE41 } from './questions/practice41';
import { PRACTICE42 } from './questions/practice42';
import { PRACTICE43 } from './questions/practice43';
import { PRACTICE44 } from './questions/practice44';
import { PRACTICE45 } from './questions/practice45';
import { PRACTICE46 } from './questions/practice46';
import { PRACTICE47 } from './questions/practice47';
import { PRACTICE48 } from './questions/practice48';
import { PRACTICE49 } from './questions/practice49';
import { PRACTICE50 } from './questions/practice50';
import { PRACTICE51 } from './questions/practice51';
import { PRACTICE52 } from './questions/practice52';
import { PRACTICE53 } from './questions/practice53';
import { PRACTICE54 } from './questions/practice54';
import { PRACTICE55 } from './questions/practice55';
import { PRACTICE57 } from './questions/practice57';
import { PRACTICE59 } from './questions/practice59';
import { PRACTICE56 } from './questions/practice56';
import { PRACTICE58 } from './questions/practice58';
import { PRACTICE61 } from './questions/practice61';
import { PRACTICE62 } from './questions/practice62';
import { PRACTICE64 } from './questions/practice64';
import { PRACTICE60 } from './questions/practice60';
import { PRACTICE63 } from './questions/practice63';
import { PRACTICE65 } from './questions/practice65';
import { PRACTICE66 } from './questions/practice66';
import { PRACTICE68 } from './questions/practice68';
import { PRACTICE67 } from './questions/practice67';
import { PRACTICE69 } from './questions/practice69';
import { PRACTICE70 } from './questions/practice70';
import { PRACTICE71 } from './questions/practice71';
import { PRACTICE72 } from './questions/practice72';
import { PRACTICE73 } from './questions/practice73';
import { WORKING } from './questions/working';

export const SETS = {
  working: { title: 'working half', questions: WORKING },
  'held-back': { title: 'held-back half', questions: HELD_BACK },
  practice: { title: 'practice set', questions: PRACTICE },
  practice2: { title: 'second practice set', questions: PRACTICE2 },
  practice3: { title: 'third practice set', questions: PRACTICE3 },
  practice4: { title: 'fourth practice set', questions: PRACTICE4 },
  practice5: { title: 'fifth practice set', questions: PRACTICE5 },
  practice6: { title: 'sixth practice set', questions: PRACTICE6 },
  practice7: { title: 'seventh practice set', questions: PRACTICE7 },
  practice8: { title: 'eighth practice set', questions: PRACTICE8 },
  practice9: { title: 'ninth practice set', questions: PRACTICE9 },
  practice10: { title: 'tenth practice set', questions: PRACTICE10 },
  practice11: { title: 'eleventh practice set', questions: PRACTICE11 },
  practice12: { title: 'twelfth practice set', questions: PRACTICE12 },
  practice13: { title: 'thirteenth practice set', questions: PRACTICE13 },
  practice13b: { title: 'thirteenth practice set, second author', questions: PRACTICE13B },
  practice14: { title: 'fourteenth practice set', questions: PRACTICE14 },
  practice15: { title: 'fifteenth practice set', questions: PRACTICE15 },
  practice16: { title: 'sixteenth practice set', questions: PRACTICE16 },
  practice17: { title: 'seventeenth practice set', questions: PRACTICE17 },
  practice18: { title: 'eighteenth practice set', questions: PRACTICE18 },
  practice19: { title: 'nineteenth practice set', questions: PRACTICE19 },
  practice20: { title: 'twentieth practice set', questions: PRACTICE20 },
  practice21: { title: 'twenty-first practice set', questions: PRACTICE21 },
  practice22: { title: 'twenty-second practice set', questions: PRACTICE22 },
  practice23: { title: 'twenty-third practice set', questions: PRACTICE23 },
  practice24: { title: 'twenty-fourth practice set', questions: PRACTICE24 },
  practice25: { title: 'twenty-fifth practice set', questions: PRACTICE25 },
  practice26: { title: 'twenty-sixth practice set', questions: PRACTICE26 },
  practice27: { title: 'twenty-seventh practice set', questions: PRACTICE27 },
  practice28: { title: 'twenty-eighth practice set', questions: PRACTICE28 },
  practice29: { title: 'twenty-ninth practice set', questions: PRACTICE29 },
  practice30: { title: 'thirtieth practice set', questions: PRACTICE30 },
  practice31: { title: 'thirty-first practice set', questions: PRACTICE31 },
  practice32: { title: 'thirty-second practice set', questions: PRACTICE32 },
  practice33: { title: 'thirty-third practice set', questions: PRACTICE33 },
  practice34: { title: 'thirty-fourth practice set', questions: PRACTICE34 },
  practice35: { title: 'thirty-fifth practice set', questions: PRACTICE35 },
  practice36: { title: 'thirty-sixth practice set', questions: PRACTICE36 },
  practice37: { title: 'thirty-seventh practice set', questions: PRACTICE37 },
  practice38: { title: 'thirty-eighth practice set', questions: PRACTICE38 },
  practice39: { title: 'thirty-ninth practice set', questions: PRACTICE39 },
  practice40: { title: 'fortieth practice set', questions: PRACTICE40 },
  practice41: { title: 'forty-first practice set', questions: PRACTICE41 },
  practice42: { title: 'forty-second practice set', questions: PRACTICE42 },
  practice43: { title: 'forty-third practice set', questions: PRACTICE43 },
  practice44: { title: 'forty-fourth practice set', questions: PRACTICE44 },
  practice45: { title: 'forty-fifth practice set', questions: PRACTICE45 },
  practice46: { title: 'forty-sixth practice set', questions: PRACTICE46 },
  practice47: { title: 'forty-seventh practice set', questions: PRACTICE47 },
  practice48: { title: 'forty-eighth practice set', questions: PRACTICE48 },
  practice49: { title: 'forty-ninth practice set', questions: PRACTICE49 },
  practice50: { title: 'fiftieth practice set', questions: PRACTICE50 },
  practice51: { title: 'fifty-first practice set', questions: PRACTICE51 },
  practice52: { title: 'fifty-second practice set', questions: PRACTICE52 },
  practice53: { title: 'fifty-third practice set', questions: PRACTICE53 },
  practice54: { title: 'fifty-fourth practice set', questions: PRACTICE54 },
  practice55: { title: 'fifty-fifth practice set', questions: PRACTICE55 },
  practice57: { title: 'fifty-seventh practice set', questions: PRACTICE57 },
  practice59: { title: 'fifty-ninth practice set', questions: PRACTICE59 },
  practice56: { title: 'fifty-sixth practice set', questions: PRACTICE56 },
  practice58: { title: 'fifty-eighth practice set', questions: PRACTICE58 },
  practice61: { title: 'sixty-first practice set', questions: PRACTICE61 },
  practice60: { title: 'sixtieth practice set', questions: PRACTICE60 },
  practice62: { title: 'sixty-second practice set', questions: PRACTICE62 },
  practice63: { title: 'sixty-third practice set', questions: PRACTICE63 },
  practice64: { title: 'sixty-fourth practice set', questions: PRACTICE64 },
  practice65: { title: 'sixty-fifth practice set', questions: PRACTICE65 },
  practice66: { title: 'sixty-sixth practice set', questions: PRACTICE66 },
  practice68: { title: 'sixty-eighth practice set', questions: PRACTICE68 },
  practice67: { title: 'sixty-seventh practice set', questions: PRACTICE67 },
  practice69: { title: 'sixty-ninth practice set', questions: PRACTICE69 },
  practice70: { title: 'seventieth practice set', questions: PRACTICE70 },
  practice71: { title: 'seventy-first practice set', questions: PRACTICE71 },
  practice72: { title: 'seventy-second practice set', questions: PRACTICE72 },
  practice73: { title: 'seventy-third practice set', questions: PRACTICE73 },
} as const satisfies Record<string, { title: string; questions: readonly Question[] }>;

export type Half = keyof typeof SETS;
