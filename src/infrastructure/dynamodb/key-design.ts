import { normalizeEmail } from '../../core/employee';

/**
 * The key design: every key, index key and sort-key prefix is built here and
 * nowhere else. One table for everything (single-table design). Every request path is a
 * GetItem, a Query on a key or index, or a transaction of keyed writes:
 * nothing Scans.
 *
 * Items (PK / SK, and the index keys each one carries):
 *
 * | item            | PK                  | SK           | GSI1 (collection, sort)    | GSI2 (team collection, sort)      |
 * |-----------------|---------------------|--------------|----------------------------|-----------------------------------|
 * | team            | TEAM#<team_id>      | #TEAM        | TEAMS, <team_id>           |                                   |
 * | employee        | EMPLOYEE#<id>       | #EMPLOYEE    | EMPLOYEES, <employee_id>   | TEAM#<team_id>#EMPLOYEES, <id>    |
 * | email claim     | EMAIL#<lower email> | #EMAIL       |                            |                                   |
 * | id counter      | COUNTER#<team_id>   | #COUNTER     |                            |                                   |
 * | login           | ACCOUNT#<username>  | #ACCOUNT     | ACCOUNTS, <username>       |                                   |
 * | enabled admins  | META#ADMINS         | #META        |                            |                                   |
 * | token versions  | META#TOKEN_VERSIONS | #META        |                            |                                   |
 * | setting         | SETTING#<key>       | #SETTING     |                            |                                   |
 * | attendance      | EMPLOYEE#<id>       | ATT#<date>   | ATT#<s8>, <inv date>#<id>  | TEAM#<team_id>#ATT#<s8>, <inv date>#<id> |
 * | team-day counts | TEAMDAY#<team>#<s16>| <date>       |                            |                                   |
 * | score           | EMPLOYEE#<id>       | SCORE#<period> | SCORES, <inv period>#<id> | TEAM#<team_id>#SCORES, <inv period>#<id> |
 * | score stats     | SCORESTATS          | <period>#<team_id> |                        |                                   |
 * | team period     | EMPLOYEE#<id>       | PERIOD#<from>|                            | TEAM#<team_id>#PERIODS, <from>#<id> |
 * | holiday         | HOLIDAY#<id>        | #HOLIDAY     | HOLIDAYS, <date>#<id>      |                                   |
 * | holiday claim   | HOLIDAYDATE#<date>#<team or *> | #CLAIM |                    |                                   |
 * | leave type      | LEAVETYPE#<code>    | #LEAVETYPE   | LEAVETYPES, <code>         |                                   |
 * | leave guard     | EMPLOYEE#<id>       | LEAVE#GUARD  |                            |                                   |
 * | leave request   | EMPLOYEE#<id>       | LEAVE#REQ#<to>#<request_id> | LEAVEREQS#<status>, <created_at>#<request_id> | TEAM#<team_id>#LEAVEREQS#<status>, <created_at>#<request_id> |
 * | request pointer | LEAVEREQ#<request_id> | #LEAVEREQ  |                            |                                   |
 * | ledger entry    | EMPLOYEE#<id>       | LEAVE#LEDGER#<seq, 8 digits> |            |                                   |
 * | leave balance   | EMPLOYEE#<id>       | LEAVE#BAL#<year>#<code> |                 |                                   |
 * | audit entry     | AUDITBY#<actor>     | <audit_id>   | AUDIT#<s8>, <audit_id>     | AUDIT#ID#<entity_id>, <audit_id>  |
 * | correction      | EMPLOYEE#<id>       | CORR#<correction_id> | CORRECTIONS#<state>, <created_at>#<id> | TEAM#<team_id>#CORRECTIONS#<state>, <created_at>#<id> |
 * | correction pointer | CORRECTION#<id>  | #CORRECTION  |                            |                                   |
 *
 * Scores also carry GSI3: SCORES#<period>#<team_id>, <final score in hundredths, 5 digits>#<id>;
 * approved leave requests TEAM#<team_id>#LEAVE#APPROVED, <to>#<request_id>;
 * audit entries AUDIT#<entity>#<s8>, <audit_id>.
 *
 * <s8> and <s16> are shards: a hash of the employee id modulo 8 or 16.
 * <inv date> is 99999999 − YYYYMMDD, so ascending order on "<inv date>#<id>"
 * is the API's order: date descending, then employee id ascending.
 *
 * Access patterns:
 * - team, employee, login, setting by key: GetItem on PK/SK.
 * - teams by team_id, employees by employee_id, logins by username: Query
 *   GSI1 on the collection name (a handful of items per collection: teams,
 *   thousands of employees), sorted by the id as DynamoDB sorts strings,
 *   byte-wise — the order PostgreSQL gives with COLLATE "C".
 * - a team's employees: Query GSI2 on TEAM#<team_id>#EMPLOYEES.
 * - position / status filters and the `q` search: the same Queries with a
 *   FilterExpression (`contains(name_lower, :q) OR begins_with(employee_id,
 *   :id)`). Cost: a filtered Query reads every employee of the collection it
 *   walks (all employees, or one team's) and pays read capacity for all of
 *   them, ~1 RCU per 8 KB read eventually consistent; at 4,000 employees of
 *   ~400 bytes that is ~200 RCU for a search that walks the whole list, once
 *   per page asked for. Acceptable for an HR directory; a search service
 *   would be the next step if the directory grew a hundredfold.
 * - one employee by email (login): GetItem on the email claim, then on the employee.
 * - unique email: the claim item is written with attribute_not_exists in the
 *   same transaction as the employee, so two creates with one email cannot
 *   both succeed.
 * - next employee id: UpdateItem ADD 1 on the team's counter (atomic;
 *   numbers are never reused, a failed create leaves a gap). A given id moves
 *   the counter with SET last_number = :n IF last_number < :n.
 * - team in use: the team item counts the employees that refer to it
 *   (`ref_count`, changed in the same transaction as each employee write);
 *   DeleteItem is conditional on it being zero.
 * - the last enabled admin: META#ADMINS counts enabled admins, changed in the
 *   same transaction as any login that becomes or stops being one, with the
 *   condition `count > 1` on the way down.
 * - one record per employee per day: the record's key, written with
 *   attribute_not_exists, so of twenty racing check-ins exactly one lands.
 * - check-in: the employee is read and judged by the core (exists, active,
 *   employed that day, in the manager's team, no whole-day holiday), then a
 *   Put on the record's key with a ConditionCheck on the employee's version
 *   read, in the same transaction: a change in between makes it judge again.
 *   check-out: GetItem, then a Put conditional on the version read (the
 *   service has checked the employee). Neither cost depends on how many
 *   records exist.
 * - an employee's records by date range: Query PK = EMPLOYEE#<id>, SK BETWEEN
 *   ATT#<from> AND ATT#<to>, newest first.
 * - a team's records, or everyone's: Query the 8 shards of GSI2 (team) or
 *   GSI1 (all) with the sort key BETWEEN the inverted bounds, and merge the
 *   eight sorted streams lazily. The page position is the last sort key, so
 *   every shard resumes from it.
 * - summaries: per team, day and shard, counters of present / late / half_day
 *   / absent / total / open (a check-in without a check-out) records, changed
 *   in the same transaction as every record write. A week's summary is one
 *   BatchGetItem of 7 days × 16 shards per team, plus the team's membership
 *   periods for the headcount: never the records. Counters written before
 *   `open` existed count those records as closed until they are rewritten.
 * - write heat: at 3,000 check-ins a second all in one team, each counter key
 *   takes ~190 writes a second and each index shard ~375, under DynamoDB's
 *   1,000 per key; spread over five teams, a tenth of that.
 * - team in use by attendance: a Query of the team's counter shards for any
 *   day with total > 0 (an admin action, rare). No record can appear for a
 *   team without employees, and employees keep ref_count above zero.
 * - scores: an employee's by Query on their partition (SK begins_with
 *   SCORE#, newest first); everyone's or a team's by Query on GSI1 / GSI2,
 *   whose sort key "<inv period>#<id>" (inv period = 9999 − year, 5 − quarter)
 *   is the API's order, with begins_with for a period filter. Score writes are
 *   rare (quarterly), so these partitions need no sharding.
 * - score summary and trend: SCORESTATS holds count and sum (in hundredths)
 *   per period and team, changed in the same transaction as every score
 *   write; one Query reads them all in chronological order (YYYY-Qn sorts as
 *   it should). Min and max are a Limit-1 Query each way on GSI3, which sorts
 *   a team's period by score. The scores themselves are never read in bulk.
 * - a renamed or moved employee: their scores' copies (employee_name,
 *   team_id, and the stats they count toward) are rewritten in transactions
 *   of at most 99 items after the employee's own, each guarded by the score's
 *   version; running it again (a retried PUT) finishes an interrupted one.
 * - membership periods: an employee's by Query on their partition (SK
 *   begins_with PERIOD#, in date order); a team's by Query on GSI2
 *   TEAM#<team>#PERIODS with the sort key up to the last day asked about —
 *   each period carries copies of the employee's hire and end dates, so the
 *   headcount of a team's days (dailyFacts), who was employed on a date
 *   and who belonged to which team over a range (the payroll
 *   export's membershipsBetween) are one Query per team, never a Scan. The
 *   export then reads its people a slice at a time: employees and their
 *   records of the counted days by key (BatchGetItem). Periods are written in
 *   the same transaction as their employee (guarded by the employee's
 *   version), and each counts as a reference on its team's ref_count.
 * - holidays: by id GetItem; every holiday of a date range (a summary's
 *   calendar, the list) by Query on GSI1 HOLIDAYS with the sort key
 *   "<date>#<id>" BETWEEN the bounds — the API's order; a team filter is a
 *   FilterExpression over the few holidays of the range. One holiday per
 *   date and scope: the claim item, written with attribute_not_exists in the
 *   holiday's transaction; a team holiday counts on its team's ref_count.
 * - data written before the work calendar: a one-off upgrade at start (or
 *   `npm run migrate`) gives each employee without a period one from their
 *   hire date and each leaver an end date, one conditional transaction per
 *   employee (upgrades/work-calendar.ts), then sets SETTING#upgrade:work-calendar;
 *   later starts read only that setting.
 * - the tracking start moving back: a conditional UpdateItem on its setting
 *   (value absent or greater). The oldest record: a Limit-1 Query on each of
 *   the 8 attendance shards of GSI1, oldest first.
 * - deleting an employee: the employee and login in one transaction first,
 *   then their records (Query on their partition) in transactions of 50
 *   records + 50 counter updates, each conditional on the record still
 *   existing, so a retry finishes the work and the counts stay true.
 * - leave (docs/ARCHITECTURE.md, "Leave", says why): every change of an
 *   employee's leave is one read of their guard (version, ledger sequence,
 *   the types they use) and book, then one transaction conditional on the
 *   guard's version, retried from the read when it moved. Book reads are
 *   strongly consistent Queries of their partition: balances by SK range on
 *   the years, live requests by SK range on `to` (from `from` to `to` + 365
 *   days: no request is longer). A ledger page is a Query of LEAVE#LEDGER#,
 *   oldest first. A request by id: its pointer, then its item.
 * - leave lists, newest first: one partition of GSI1 (everyone) or GSI2 (a
 *   team) per status, merged when no status is asked (a manager's pending
 *   queue is one partition); an employee's from their partition, sorted in
 *   memory; dates are FilterExpressions. Approved leave of a team by dates:
 *   GSI3 by `to`; of an employee: their partition. The day facts read each
 *   queried team's people's approved leave from their partitions (every
 *   team's GSI3 partition when every team is asked), counted in the team
 *   of each day by the membership periods.
 * - leave type in use: the type counts the employees whose leave names it
 *   (`uses`, raised with the guard's `codes` in the change that first names
 *   it, lowered when the employee's leave is purged); deleting it is
 *   conditional on zero and leaves a tombstone without index keys, so the
 *   one-off upgrade that writes the built-in types never brings one back.
 * - audit trail (docs/ARCHITECTURE.md, "Audit trail and corrections", says
 *   why): each entry is a Put (attribute_not_exists) in the transaction of
 *   the change it describes; never updated or deleted. Newest first from the
 *   narrowest collection the filter names: an entity id's GSI2 partition, an
 *   actor's table partition, an entity's 8 GSI3 shards, everyone's 8 GSI1
 *   shards (merged); from/to BETWEEN on the sort key (the audit id begins
 *   with the instant); the rest of the filter a FilterExpression.
 * - corrections: under their employee, by id through a pointer, listed like
 *   leave requests (per state on GSI1 / GSI2). A decision rewrites the
 *   correction conditional on `state = pending`; an approval is one
 *   transaction of that, the record conditional on its `version` (or its
 *   absence), the record's counters and the audit entry.
 */
export const GSI1 = 'GSI1';
export const GSI2 = 'GSI2';
export const GSI3 = 'GSI3';

/** Sort-key prefixes of the items an employee's partition holds besides the employee itself. */
export const PARTITION_PREFIXES = {
  attendance: 'ATT#',
  score: 'SCORE#',
  period: 'PERIOD#',
  leave: 'LEAVE#',
  leaveRequest: 'LEAVE#REQ#',
  leaveEntry: 'LEAVE#LEDGER#',
  leaveBalance: 'LEAVE#BAL#',
  correction: 'CORR#',
} as const;

/** Partition keys that more than one item, or a Query, names. */
export const partitions = {
  employee: (employeeId: string) => `EMPLOYEE#${employeeId}`,
  teamDay: (teamId: string, shard: number) => `TEAMDAY#${teamId}#${shard}`,
  scoreStats: 'SCORESTATS',
  auditBy: (actor: string) => `AUDITBY#${actor}`,
};

/** The sort-key prefix of a period's score stats (one item per team). */
export const scoreStatsPeriod = (period: string) => `${period}#`;

export const keys = {
  team: (teamId: string) => ({ PK: `TEAM#${teamId}`, SK: '#TEAM' }),
  employee: (employeeId: string) => ({ PK: partitions.employee(employeeId), SK: '#EMPLOYEE' }),
  email: (email: string) => ({ PK: `EMAIL#${normalizeEmail(email)}`, SK: '#EMAIL' }),
  counter: (teamId: string) => ({ PK: `COUNTER#${teamId}`, SK: '#COUNTER' }),
  account: (username: string) => ({ PK: `ACCOUNT#${username}`, SK: '#ACCOUNT' }),
  admins: () => ({ PK: 'META#ADMINS', SK: '#META' }),
  tokenVersions: () => ({ PK: 'META#TOKEN_VERSIONS', SK: '#META' }),
  setting: (key: string) => ({ PK: `SETTING#${key}`, SK: '#SETTING' }),
  attendance: (employeeId: string, date: string) => ({ PK: partitions.employee(employeeId), SK: `${PARTITION_PREFIXES.attendance}${date}` }),
  teamDay: (teamId: string, shard: number, date: string) => ({ PK: partitions.teamDay(teamId, shard), SK: date }),
  score: (employeeId: string, period: string) => ({ PK: partitions.employee(employeeId), SK: `${PARTITION_PREFIXES.score}${period}` }),
  scoreStats: (period: string, teamId: string) => ({ PK: partitions.scoreStats, SK: `${scoreStatsPeriod(period)}${teamId}` }),
  period: (employeeId: string, from: string) => ({ PK: partitions.employee(employeeId), SK: `${PARTITION_PREFIXES.period}${from}` }),
  holiday: (holidayId: string) => ({ PK: `HOLIDAY#${holidayId}`, SK: '#HOLIDAY' }),
  holidayClaim: (date: string, teamId: string | null) => ({ PK: `HOLIDAYDATE#${date}#${teamId ?? '*'}`, SK: '#CLAIM' }),
  leaveType: (code: string) => ({ PK: `LEAVETYPE#${code}`, SK: '#LEAVETYPE' }),
  leaveGuard: (employeeId: string) => ({ PK: partitions.employee(employeeId), SK: 'LEAVE#GUARD' }),
  leaveRequest: (employeeId: string, to: string, requestId: string) => ({
    PK: partitions.employee(employeeId),
    SK: `${PARTITION_PREFIXES.leaveRequest}${to}#${requestId}`,
  }),
  leaveRequestPointer: (requestId: string) => ({ PK: `LEAVEREQ#${requestId}`, SK: '#LEAVEREQ' }),
  leaveEntry: (employeeId: string, seq: number) => ({
    PK: partitions.employee(employeeId),
    SK: `${PARTITION_PREFIXES.leaveEntry}${String(seq).padStart(8, '0')}`,
  }),
  leaveBalance: (employeeId: string, year: number, code: string) => ({
    PK: partitions.employee(employeeId),
    SK: `${PARTITION_PREFIXES.leaveBalance}${year}#${code}`,
  }),
  audit: (actor: string, auditId: string) => ({ PK: partitions.auditBy(actor), SK: auditId }),
  correction: (employeeId: string, correctionId: string) => ({ PK: partitions.employee(employeeId), SK: `${PARTITION_PREFIXES.correction}${correctionId}` }),
  correctionPointer: (correctionId: string) => ({ PK: `CORRECTION#${correctionId}`, SK: '#CORRECTION' }),
};

/** 9999 − year, then 5 − quarter: sorts later periods first. */
export function invertedPeriod(period: string): string {
  const [year, quarter] = period.split('-Q').map(Number) as [number, number];
  return `${String(9999 - year).padStart(4, '0')}${5 - quarter}`;
}

export const LIST_SHARDS = 8;
export const COUNTER_SHARDS = 16;

/** A stable spread of employees over shards. */
export function shardOf(employeeId: string, shards: number): number {
  let hash = 0;
  for (const char of employeeId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % shards;
}

/** 99999999 − YYYYMMDD: sorts later dates first. */
export function invertedDate(date: string): string {
  return String(99_999_999 - Number(date.replaceAll('-', ''))).padStart(8, '0');
}

export function dateOfInverted(inverted: string): string {
  const value = String(99_999_999 - Number(inverted)).padStart(8, '0');
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}

export const collections = {
  teams: 'TEAMS',
  employees: 'EMPLOYEES',
  accounts: 'ACCOUNTS',
  teamEmployees: (teamId: string) => `TEAM#${teamId}#EMPLOYEES`,
  attendance: (shard: number) => `ATT#${shard}`,
  teamAttendance: (teamId: string, shard: number) => `TEAM#${teamId}#ATT#${shard}`,
  scores: 'SCORES',
  teamScores: (teamId: string) => `TEAM#${teamId}#SCORES`,
  periodTeamScores: (period: string, teamId: string) => `SCORES#${period}#${teamId}`,
  teamPeriods: (teamId: string) => `TEAM#${teamId}#PERIODS`,
  holidays: 'HOLIDAYS',
  leaveTypes: 'LEAVETYPES',
  leaveRequests: (status: string) => `LEAVEREQS#${status}`,
  teamLeaveRequests: (teamId: string, status: string) => `TEAM#${teamId}#LEAVEREQS#${status}`,
  teamApprovedLeave: (teamId: string) => `TEAM#${teamId}#LEAVE#APPROVED`,
  audit: (shard: number) => `AUDIT#${shard}`,
  entityAudit: (entityId: string) => `AUDIT#ID#${entityId}`,
  kindAudit: (entity: string, shard: number) => `AUDIT#${entity}#${shard}`,
  corrections: (state: string) => `CORRECTIONS#${state}`,
  teamCorrections: (teamId: string, state: string) => `TEAM#${teamId}#CORRECTIONS#${state}`,
};

/** The key attributes of each index, which a page position must carry to resume a Query. */
export const INDEX_KEY_ATTRIBUTES: Record<string, readonly string[]> = {
  table: ['PK', 'SK'],
  [GSI1]: ['PK', 'SK', 'GSI1PK', 'GSI1SK'],
  [GSI2]: ['PK', 'SK', 'GSI2PK', 'GSI2SK'],
  [GSI3]: ['PK', 'SK', 'GSI3PK', 'GSI3SK'],
};
