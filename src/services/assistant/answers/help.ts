import { reply, type Step } from './plan';

/** Questions about the assistant itself, not the data: what it is and what it answers. */
const ABOUT_ME =
  /^(?:help(?: me)?|what can you (?:do|answer|tell me(?: about)?)|what do you (?:do|know)|who are you|what are you|are you (?:a |an )?(?:robot|bot|human|person|ai|real|chatbot)|who (?:made|built|created|wrote) you|how do you work|what (?:questions|things) can i ask(?: you)?)\s*\??$/;
const GREETING = /^(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening|day))(?: there| all| team)?\s*[!.]*$/;
const THANKS = /^(?:thanks|thank you|thx|ty|cheers)(?: (?:so much|a lot|very much))?\s*[!.]*$/;

const WHAT_I_DO =
  'I answer questions about the HR data you are allowed to see: employees and teams, attendance (rates, who was late, absent or on leave, hours, missing check-outs), quarterly scores, leave balances and requests, holidays, corrections, hires and leavers. I only read the data; I never change it.';

/** A greeting, thanks or a question about the assistant, answered as such: not refused as a question with nothing measured. */
export function aboutTheAssistant(said: string, examples: string): Step | null {
  const text = said.trim();
  if (ABOUT_ME.test(text))
    return reply('help', 'unknown', `I'm workforce-api's assistant, and I can help with questions about the data. ${WHAT_I_DO} ${examples}`);
  if (GREETING.test(text)) return reply('help', 'unknown', `Hello! ${WHAT_I_DO} ${examples}`);
  if (THANKS.test(text)) return reply('help', 'unknown', `You're welcome. ${examples}`);
  return null;
}
