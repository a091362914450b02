/* Details of the people an answer finds, given beside them when the question asks for them: their job, their team. */
import type { Person, Question } from './plan';

/** A person's job as one phrase: "Lead" and "Lead Data Engineer" say the level once. */
export const jobOf = (e: Person) =>
  e.job_title === null ? '' : e.job_title.toLowerCase().startsWith(e.position.toLowerCase()) ? e.job_title : `${e.position} ${e.job_title}`;

/** "The newest starter in AI, and what do they do": the people found, each with their job. */
const ASKS_THEIR_JOB = /\bwhat (?:(?:do|does) )?(?:they|he|she|that person) do(?:es)?\b|\b(?:their|his|her) (?:job|role|title|position)s?\b/;
/** "Which people did we take on this quarter, and in which team?": each with their team. */
const ASKS_THEIR_TEAM = /\b(?:in )?(?:which|what) teams?\b(?! (?:is|was|has|had|did)\b)|\b(?:their|his|her) teams?\b/;

/** ", <job>" after a person found, when the question asks what they do; nothing otherwise. */
export const withJob = (q: Question, e: Person) => (ASKS_THEIR_JOB.test(q.reading.said) ? `, ${jobOf(e) || e.position}` : '');

/** ", team <code>" inside a person's parentheses, when the question asks which team; nothing otherwise. */
export const withTeam = (q: Question, e: Person) => (ASKS_THEIR_TEAM.test(q.reading.said) ? `, team ${e.team_id}` : '');
