/** "Has everyone checked in", "has my whole team clocked in", "everyone in SEC in yet?". */
const EVERYONE_ASKED =
  /^(?:(?:is|are|was|were|has|have|did)\s+(?:eve?ry(?:one|body)|all of \w+|all my \w+|my (?:whole|entire) team|the (?:whole|entire) team)|(?:eve?ry(?:one|body)|all)(?: (?:in|on|from) \S+(?: team)?)? (?:clocked|checked|signed) in)\b/i;

/** Whether the message asks it of everyone, as typed: answered by whether anyone has not, so the yes or no is turned back. */
export const asksOfEveryone = (question: string) => EVERYONE_ASKED.test(question.trim());
