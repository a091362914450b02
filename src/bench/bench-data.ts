/** What the bench asks of the generated data. */
export const CHAT_QUESTIONS = [
  'How many employees are in QA?',
  'Who is DEV-901?',
  'What was the attendance rate last week?',
  'Compare DEV and QA performance',
  'Who are the top 5 performers?',
];

/** The generator's newest day: the last working day before today. Bench check-ins land on later, simulated days. */
export function lastGeneratedDay(): string {
  const day = new Date();
  do day.setUTCDate(day.getUTCDate() - 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}
