import 'dotenv/config';
import { configOrExit, start } from '../startup';
import { generate } from './generator';

/**
 * `npm run seed`: migrates, then creates the five teams, the admin login and
 * (with SEED_DEMO_DATA, on by default for the embedded database) demo staff.
 * Safe to repeat: nothing is created twice. With flags (--employees, --days,
 * --periods, --csv), it generates bulk data instead; see generator.ts.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length > 0) return generate(args);
  const config = configOrExit();
  const { bootstrap, close } = await start(config);
  await close();
  console.log(
    [
      `Teams: ${bootstrap.seededTeams ? 'created' : 'already seeded'}`,
      `Admin login: ${config.auth.provider !== 'local' ? 'none (Cognito signs people in)' : bootstrap.createdAdmin ? `created (${config.auth.adminUsername})` : 'a login already exists'}`,
      `Demo employees created: ${bootstrap.demoEmployees}`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
