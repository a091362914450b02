/**
 * The words the reader wrote in place of what was typed ("mth" read as
 * "month", "rack up" as "have", "seucrity" as "security"): a refusal names a
 * word it could not apply as the asker typed it, which they will recognise.
 */
export class AsTyped {
  private readonly typed = new Map<string, string>();
  private readonly said: Set<string>;

  constructor(raw: string) {
    this.said = new Set(raw.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []);
  }

  /** `written` stands where `typed` was: each of its words not typed by the asker is theirs. */
  note(written: string, typed: string): void {
    const was = typed.trim();
    if (written.toLowerCase() === was.toLowerCase()) return;
    for (const word of written.toLowerCase().split(/\s+/)) if (word && !this.said.has(word) && !this.typed.has(word)) this.typed.set(word, was);
  }

  /** Each typed word the reader read as another ("wetaher" as "weather"), with the word it was read as. */
  readAs(read: readonly string[]): ReadonlyMap<string, string> {
    return new Map(read.flatMap((word) => (this.said.has(word) || !this.typed.has(word) ? [] : [[this.typed.get(word)!, word] as const])));
  }

  /** The words as typed, each once, in order. */
  words(read: readonly string[]): string[] {
    return [...new Set(read.map((word) => (this.said.has(word) ? word : (this.typed.get(word) ?? word))))];
  }
}
