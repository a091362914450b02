import { FILLER } from './vocabulary';

/** Each pattern's global twin, made once: compiling a pattern per question was most of the reader's cost. */
const globals = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let global = globals.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  return global;
}

/** Every match from the start, as String.matchAll gives them, without the copy of the pattern matchAll makes. */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const global = globalOf(pattern);
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    found.push(match);
    if (match[0].length === 0) global.lastIndex += 1;
  }
  return found;
}

/**
 * The question's text with what each part of the reading took from it: what
 * nothing took, filler aside, is `unused`, and an answer with figures is
 * given only when that is empty (API.md, "Assistant").
 */
export class Marks {
  private readonly taken: [number, number][] = [];

  constructor(readonly text: string) {}

  /** Every match of `pattern` (made global here), marked as applied. */
  take(pattern: RegExp): RegExpExecArray[] {
    const found = this.peek(pattern);
    for (const match of found) this.taken.push([match.index, match.index + match[0].length]);
    return found;
  }

  /** The first match, marked as applied; null when none. */
  takeFirst(pattern: RegExp): RegExpExecArray | null {
    const global = globalOf(pattern);
    global.lastIndex = 0;
    const match = global.exec(this.text);
    if (match) this.taken.push([match.index, match.index + match[0].length]);
    return match;
  }

  /** Every match, without applying it. */
  peek(pattern: RegExp): RegExpExecArray[] {
    return allMatches(pattern, this.text);
  }

  has(pattern: RegExp): boolean {
    return pattern.test(this.text);
  }

  /** The words no part took, in the question's order (filler aside). */
  unused(): string[] {
    const words: string[] = [];
    for (const match of this.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
      const word = match[0].replace(/['’]s$/, '').replace(/['’-]+$/, '');
      const covered = this.covers(match.index, match.index + word.length);
      if (!covered && word.length > 0 && !FILLER.has(word)) words.push(word);
    }
    return words;
  }

  /** Every character from start to end lies in something applied ("2025-q2" may be taken as "2025" and "q2"). */
  covers(start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
      if (/[\p{L}\p{N}]/u.test(this.text[i]!) && !this.taken.some(([from, to]) => from <= i && i < to)) return false;
    }
    return true;
  }

  /** Runs of unused words next to each other: the candidates for a person's name. */
  unusedRuns(): string[] {
    const runs: string[][] = [];
    let last = -2;
    let position = 0;
    for (const match of this.text.matchAll(/\p{L}[\p{L}'’-]*|\S+/gu)) {
      const word = match[0].replace(/['’]s$/, '').replace(/[^\p{L}'-]+$/u, '');
      const free = /^\p{L}/u.test(match[0]) && !this.covers(match.index, match.index + word.length) && !FILLER.has(word);
      if (free) {
        if (last === position - 1) runs.at(-1)!.push(word);
        else runs.push([word]);
        last = position;
      }
      position++;
    }
    return runs.map((run) => run.join(' '));
  }
}
