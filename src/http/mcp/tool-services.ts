import type { Assistant } from '../../services/assistant/lazy-assistant';
import type { AttendanceService } from '../../services/attendance.service';
import type { CorrectionService } from '../../services/corrections/correction.service';
import type { EmployeeService } from '../../services/employee.service';
import type { HolidayService } from '../../services/holidays/holiday.service';
import type { LeaveServices } from '../../services/leave/leave-services';
import type { ScoreService } from '../../services/score.service';
import type { TeamService } from '../../services/team.service';

/** The services MCP tools call, named here so the tools need nothing of the app that serves them. */
export interface ToolServices {
  employees: EmployeeService;
  teams: TeamService;
  attendance: AttendanceService;
  scores: ScoreService;
  holidays: HolidayService;
  leave: LeaveServices;
  corrections: CorrectionService;
  assistant: Assistant;
}
