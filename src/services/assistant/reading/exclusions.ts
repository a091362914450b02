import { POSITIONS, type Position } from '../../../core/employee';
import type { ConversationContext } from '../llm-client.port';
import type { Filters } from './operation';
import type { Marks } from './marks';

/** Teams or levels a question leaves out ("everyone except QA", "excluding the juniors", "non-seniors"). */
export interface Excluded {
  teams: string[];
  positions: Position[];
  /** The words that left them out, as the question says them. */
  said: string;
}

const LEVEL = String.raw`(junior|mid|senior|lead|manager)(?:s|[- ]levels?)?`;
const WHAT = String.raw`(?:the |my |our )?[a-z-]+(?: team| department| dept| people| staff)?`;
const LEAVING_OUT = new RegExp(
  String.raw`\b(?:except(?: for)?|excluding|exclude|without|apart from|aside from|other than|minus|not counting|leaving out|outside(?: of)?|not in|but)\s+(${WHAT}(?:,? (?:and|or|&|nor) ${WHAT})*)`,
);
const NON_LEVEL = new RegExp(String.raw`\bnon-?${LEVEL}\b`);

const positionOf = (word: string): Position | undefined => POSITIONS.find((p) => p.toLowerCase() === word);

/** The teams whose code or a word of whose name the words hold. */
function teamsIn(words: string, context: ConversationContext): string[] {
  return context.teams
    .filter((team) => [team.team_id, ...team.team_name.split(/\s+/)].some((w) => w.length >= 2 && new RegExp(String.raw`\b${w.toLowerCase()}\b`).test(words)))
    .map((team) => team.team_id);
}

/**
 * What the question leaves out, its words taken; null when it leaves out nothing it can name (a person, "me":
 * those stay unread, so the question is refused naming them).
 */
export function readExcluded(marks: Marks, context: ConversationContext): Excluded | null {
  const non = NON_LEVEL.exec(marks.text);
  if (non !== null) {
    marks.take(NON_LEVEL);
    return { teams: [], positions: [positionOf(non[1]!)!], said: non[0] };
  }
  const found = LEAVING_OUT.exec(marks.text);
  if (found === null) return null;
  const words = found[1]!;
  const positions = [...words.matchAll(new RegExp(String.raw`\b${LEVEL}\b`, 'g'))].map((m) => positionOf(m[1]!)!);
  const teams = teamsIn(words, context);
  const rest = words
    .replace(new RegExp(String.raw`\b${LEVEL}\b`, 'g'), '')
    .replace(/\b(?:the|my|our|and|or|nor|team|department|dept|people|staff)\b|[,&]/g, '')
    .trim();
  // Every word left out is a team or a level: anything else ("me", a name) is not read as one.
  const named = rest.split(/\s+/).filter(Boolean);
  const known = new Set(context.teams.flatMap((t) => [t.team_id.toLowerCase(), ...t.team_name.toLowerCase().split(/\s+/)]));
  if (teams.length + positions.length === 0 || !named.every((w) => known.has(w))) return null;
  marks.take(new RegExp(found[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return { teams, positions, said: found[0] };
}

/** The filters without the levels left out (read as levels asked for by the filters' reader). */
export function withoutExcluded(filters: Filters, excluded: Excluded | null): Filters {
  if (excluded === null) return filters;
  const { position, position_also: also, ...rest } = filters;
  const kept = [position, also].filter((p): p is Position => p !== undefined && !excluded.positions.includes(p));
  return { ...rest, ...(kept[0] && { position: kept[0] }), ...(kept[1] && { position_also: kept[1] }) };
}

/** The teams and levels left out, in words ("QA and DEV", "the juniors"). */
export const excludedWords = ({ teams, positions }: Excluded): string => [...teams, ...positions.map((p) => `the ${p.toLowerCase()}s`)].join(' and ');
