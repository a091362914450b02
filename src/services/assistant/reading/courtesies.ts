/*
 * The courtesies a polite message wraps its question in ("Would you be so kind as to tell me …", "hope you're well",
 * "Kind regards, Elena"): set aside before reading, as none of them asks or constrains anything. A "whether" or an
 * "if" that makes a yes or no is kept.
 */
const COURTESIES: RegExp[] = [
  /^\s*dear (?:assistant|bot|hr(?: bot| team)?|team|sir or madam)\b[\s,!.:;—–-]*/i,
  /\b(?:i )?hope (?:you(?:'re| are)|u r|ur|your (?:week|day)(?:'s| is)|the week(?:'s| is)|all(?:'s| is))(?: going)? (?:well|good|ok(?:ay)?|fine)\b[\s!.,]*/gi,
  /\bsorry (?:to bother you|for the bother|to trouble you|if this is a (?:silly|stupid|dumb|daft) question)\b[\s,!.]*(?:but\s+)?/gi,
  /\bi know (?:it's|its|it is) a busy (?:time|day|week)\b[\s,!.]*(?:but\s+)?/gi,
  /\b(?:if it(?:'s| is)(?: not|n't) too much (?:trouble|bother)|if it isn't too much (?:trouble|bother)|if it(?:'s| is) no trouble|when you have a (?:moment|minute|sec(?:ond)?)|when convenient|at your convenience|when you get a (?:chance|moment))\b[\s,!.]*/gi,
  /\b(?:would you be so kind as to|would you mind|could you possibly|would you be able to|would it be possible to|(?:i'?d|i would) be (?:most |very |really |so )?grateful if you could|(?:i'?d|i would) (?:really )?appreciate it if you could|(?:i'?d|i would) love to know|i was (?:just )?wondering (?:whether|if) you (?:might|could) be able to|could (?:you|u) (?:kindly|please)|(?:can|could|would) (?:you|u)(?: please)?(?= (?:tell|let|remind|give|show)\b))\s*(?:please\s+)?(?:tell(?:ing)? me|let me know|remind me|give me|show me|get)?\b[\s,]*(?:please\b[\s,]*)?/gi,
  /\bquick favou?r\b[\s,!.:;—–-]*/gi,
  /(?<=[?.!,])\s*(?:many thanks|thanks (?:ever so much|so much|a lot|in advance)|thank (?:you|u+)(?: kindly| so much| very much)?|much appreciated|(?:kind|best|warm) regards|regards|cheers|ta|thx)\b.*$/i,
];

export function withoutCourtesies(message: string): string {
  return COURTESIES.reduce((text, courtesy) => text.replace(courtesy, ' '), message)
    .replace(/\s{2,}/g, ' ')
    .trim();
}
