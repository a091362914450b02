import type { AccountRepository, AttendanceRepository, Clock, EmployeeRepository } from '../../core/ports';
import type { LeaveRepository } from '../../core/leave/leave-repository';
import type { CalendarService } from '../work-calendar/calendar.service';
import { ApprovedLeave } from './approved-leave';
import { LeaveBalanceService } from './leave-balance.service';
import { LeaveContext } from './leave-context';
import { LeaveImport } from './leave-import';
import { LeaveRecharge } from './leave-recharge';
import { LeaveRows } from './leave-rows';
import { LeaveRequestService } from './leave-request.service';
import { LeaveTypeService } from './leave-type.service';

/** Everything leave offers, over one context. */
export interface LeaveServices {
  types: LeaveTypeService;
  requests: LeaveRequestService;
  balances: LeaveBalanceService;
  imports: LeaveImport;
  recharge: LeaveRecharge;
  approved: ApprovedLeave;
  rows: LeaveRows;
}

export function leaveServices(
  leave: LeaveRepository,
  employees: EmployeeRepository,
  attendance: AttendanceRepository,
  accounts: AccountRepository,
  calendars: CalendarService,
  clock: Clock,
): LeaveServices {
  const context = new LeaveContext(leave, employees, attendance, calendars);
  return {
    types: new LeaveTypeService(leave, clock),
    requests: new LeaveRequestService(context, accounts, clock),
    balances: new LeaveBalanceService(context, clock),
    imports: new LeaveImport(context, clock),
    recharge: new LeaveRecharge(context, clock),
    approved: new ApprovedLeave(leave),
    rows: new LeaveRows(leave, employees, attendance, calendars),
  };
}
