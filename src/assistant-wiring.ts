import type { Clock } from './core/ports';
import type { Config } from './config';
import { BedrockLlmClient } from './infrastructure/llm/bedrock-llm.client';
import { OpenAiLlmClient } from './infrastructure/llm/openai-llm.client';
import { AssistantService } from './services/assistant/assistant.service';
import { attendancePeopleTools } from './services/assistant/attendance-people-tools';
import { attendanceTools } from './services/assistant/attendance-tools';
import { BuiltinLlmClient } from './services/assistant/builtin-llm.client';
import { employeeTools } from './services/assistant/employee-tools';
import { leaveTools } from './services/assistant/leave-tools';
import type { LlmClient } from './services/assistant/llm-client.port';
import { peopleTools } from './services/assistant/people-tools';
import { scoreTools } from './services/assistant/score-tools';
import { freshFor } from './services/assistant/fresh-for';
import type { AttendanceService } from './services/attendance.service';
import type { CorrectionService } from './services/corrections/correction.service';
import type { EmployeeService } from './services/employee.service';
import type { HolidayService } from './services/holidays/holiday.service';
import type { LeaveServices } from './services/leave/leave-services';
import type { ScoreService } from './services/score.service';
import type { TeamService } from './services/team.service';
import type { CalendarService } from './services/work-calendar/calendar.service';

/** The services the assistant's tools read through. */
export interface AssistantServices {
  employees: EmployeeService;
  attendance: AttendanceService;
  scores: ScoreService;
  leave: LeaveServices;
  holidays: HolidayService;
  corrections: CorrectionService;
  teams: TeamService;
  calendars: CalendarService;
}

function languageModel(config: Config): LlmClient {
  const { assistant } = config;
  switch (assistant.provider) {
    case 'builtin':
      return new BuiltinLlmClient();
    case 'bedrock':
      return new BedrockLlmClient({ ...assistant.bedrock, timeoutMs: assistant.timeoutMs });
    case 'openai':
      // loadConfig refuses openai without its URL and model, so this holds.
      return new OpenAiLlmClient({ ...assistant.openai!, timeoutMs: assistant.timeoutMs });
  }
}

/** How long the assistant reuses the tracking start it read (it moves only when older records are written). */
const TRACKING_START_FRESH_MS = 60_000;

/**
 * The assistant's part of the composition root. container.ts imports it on
 * the first question, so a start that is asked none (a Lambda cold start)
 * neither loads the reader and the tools nor builds their schemas.
 */
export function buildAssistant(config: Config, services: AssistantServices, clock: Clock): AssistantService {
  const { employees, attendance, scores, leave, holidays, corrections, teams } = services;
  const tools = [
    ...employeeTools(employees),
    ...peopleTools(employees),
    ...attendanceTools(attendance, employees, config.assistant.alertRate),
    ...attendancePeopleTools(attendance, employees),
    ...scoreTools(scores, employees),
    ...leaveTools(leave, holidays, corrections),
  ];
  return new AssistantService(languageModel(config), tools, teams, clock, {
    timeZone: config.orgTimeZone,
    maxToolRounds: config.assistant.maxToolRounds,
    pricePer1k: config.assistant.pricePer1k,
    trackingStart: freshFor(TRACKING_START_FRESH_MS, clock, () => services.calendars.trackingStart()),
  });
}
