import type { ToolServices } from './tool-services';
import { AttendanceSchema, CheckBody } from '../schemas/attendance.schemas';
import { CorrectionDecisionBody, CorrectionParams, CorrectionSchema } from '../schemas/correction.schemas';
import { DecisionBody, LeaveRequestCreateBody, LeaveRequestParams, LeaveRequestSchema } from '../schemas/leave.schemas';
import { ADDING_WRITE, DECIDING_ROLES, ENDING_WRITE, EVERY_ROLE, argumentsOf, tool, type Tool } from './tool';

const SCOPE = 'Outside what the caller may change, the answer is forbidden whether or not the target exists.';

/** The writes an AI client may make, as the REST routes make them (and audited as theirs are, through MCP). */
export function writeTools(services: ToolServices): Tool[] {
  const { attendance } = services;
  const requests = services.leave.requests;
  const { corrections } = services;
  return [
    tool({
      name: 'check_in',
      title: 'Check in',
      description: `Checks the caller in now (or, with employee_id, someone whose attendance they manage); the server's clock sets the time. ${SCOPE}`,
      roles: EVERY_ROLE,
      input: argumentsOf(CheckBody),
      output: AttendanceSchema,
      annotations: ADDING_WRITE,
      run: (principal, args) => attendance.checkIn(principal, args.employee_id),
    }),
    tool({
      name: 'check_out',
      title: 'Check out',
      description: `Checks the caller out now (or, with employee_id, someone whose attendance they manage). ${SCOPE}`,
      roles: EVERY_ROLE,
      input: argumentsOf(CheckBody),
      output: AttendanceSchema,
      annotations: ADDING_WRITE,
      run: (principal, args) => attendance.checkOut(principal, args.employee_id),
    }),
    tool({
      name: 'request_leave',
      title: 'Request leave',
      description: `Files a pending leave request of a leave type (such as ANNUAL) from from to to, for the caller or, with employee_id, a member of the team they manage. ${SCOPE}`,
      roles: EVERY_ROLE,
      input: argumentsOf(LeaveRequestCreateBody),
      output: LeaveRequestSchema,
      annotations: ADDING_WRITE,
      run: (principal, args) => requests.create(principal, args),
    }),
    tool({
      name: 'cancel_leave',
      title: 'Cancel leave',
      description: `Cancels a leave request: pending, by its employee, requester or an approver; approved, by its employee until it starts or an approver at any time. ${SCOPE}`,
      roles: EVERY_ROLE,
      input: argumentsOf(DecisionBody, LeaveRequestParams.shape),
      output: LeaveRequestSchema,
      annotations: ENDING_WRITE,
      run: (principal, args) => requests.cancel(principal, args.request_id, args.note ?? null),
    }),
    tool({
      name: 'approve_leave',
      title: 'Approve leave',
      description: `Approves a pending leave request: an admin, or the manager of the employee's team when the employee's login is an employee's; never one's own. ${SCOPE}`,
      roles: DECIDING_ROLES,
      input: argumentsOf(DecisionBody, LeaveRequestParams.shape),
      output: LeaveRequestSchema,
      annotations: ADDING_WRITE,
      run: (principal, args) => requests.approve(principal, args.request_id, args.note ?? null),
    }),
    tool({
      name: 'reject_leave',
      title: 'Reject leave',
      description: `Rejects a pending leave request (who may approve may reject); its reserved days return to the balance. ${SCOPE}`,
      roles: DECIDING_ROLES,
      input: argumentsOf(DecisionBody, LeaveRequestParams.shape),
      output: LeaveRequestSchema,
      annotations: ENDING_WRITE,
      run: (principal, args) => requests.reject(principal, args.request_id, args.note ?? null),
    }),
    tool({
      name: 'approve_correction',
      title: 'Approve an attendance correction',
      description: `Approves a pending correction and writes the record as a direct edit would: an admin, or the manager of the day's team when the employee's login is an employee's; never whoever asked. Refused when the record changed after the correction was asked for. ${SCOPE}`,
      roles: DECIDING_ROLES,
      input: argumentsOf(CorrectionDecisionBody, CorrectionParams.shape),
      output: CorrectionSchema,
      annotations: ADDING_WRITE,
      run: (principal, args) => corrections.approve(principal, args.correction_id, args.note ?? null),
    }),
    tool({
      name: 'reject_correction',
      title: 'Reject an attendance correction',
      description: `Rejects a pending correction (who may approve may reject). ${SCOPE}`,
      roles: DECIDING_ROLES,
      input: argumentsOf(CorrectionDecisionBody, CorrectionParams.shape),
      output: CorrectionSchema,
      annotations: ENDING_WRITE,
      run: (principal, args) => corrections.reject(principal, args.correction_id, args.note ?? null),
    }),
  ];
}
