import { initialSchema } from './001-initial-schema';
import { attendance } from './002-attendance';
import { performanceScores } from './003-performance-scores';
import { attendanceDayCounts } from './004-attendance-day-counts';
import { scoreRanking } from './005-score-ranking';
import { tokenVersions } from './006-token-versions';
import { workCalendar } from './007-work-calendar';
import { leave } from './008-leave';
import { auditCorrections } from './009-audit-corrections';
import { attendanceMonths } from './010-attendance-months';
import { keptTokens } from './011-kept-tokens';

export interface Migration {
  id: string;
  sql: string;
}

/** Applied in this order, each once per database. Append; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  initialSchema,
  attendance,
  performanceScores,
  attendanceDayCounts,
  scoreRanking,
  tokenVersions,
  workCalendar,
  leave,
  auditCorrections,
  attendanceMonths,
  keptTokens,
];
