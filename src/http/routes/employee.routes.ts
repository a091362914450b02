import type { EmployeeService } from '../../services/employee.service';
import type { ApiRouter } from '../api-router';
import { listFilter } from '../list-filter';
import type { Paginator } from '../pagination';
import {
  EmployeeCreateBody,
  EmployeeListQuery,
  EmployeePage,
  EmployeeParams,
  EmployeeSchema,
  EmployeeUpdateBody,
  TeamPeriodPage,
} from '../schemas/employee.schemas';

export function employeeRoutes(api: ApiRouter, employees: EmployeeService, pages: Paginator): void {
  api.add({
    method: 'get',
    path: '/employees',
    tag: 'Employees',
    summary: 'List employees, by employee_id',
    description: "Narrowed silently to the caller's scope: a manager's team, an employee's own record.",
    auth: 'required',
    query: EmployeeListQuery,
    responses: { 200: { description: 'A page of employees', schema: EmployeePage } },
    handler: async ({ req, query, principal }) => {
      const { page, filter } = listFilter(query);
      return { status: 200, body: await pages.list(req, page, filter, (p) => employees.list(principal, filter, p)) };
    },
  });

  api.add({
    method: 'post',
    path: '/employees',
    tag: 'Employees',
    summary: 'Create an employee (and, optionally, their login)',
    auth: 'required',
    roles: ['admin'],
    body: { schema: EmployeeCreateBody },
    responses: {
      201: { description: 'Created', schema: EmployeeSchema },
      409: { description: 'The id or the email is taken' },
    },
    handler: async ({ body, principal }) => ({ status: 201, body: await employees.create(principal, body) }),
  });

  api.add({
    method: 'get',
    path: '/employees/{employee_id}',
    tag: 'Employees',
    summary: 'Read an employee',
    description: "Outside the caller's scope answers 404, as if absent.",
    auth: 'required',
    params: EmployeeParams,
    responses: { 200: { description: 'The employee', schema: EmployeeSchema }, 404: { description: 'No such employee in your scope' } },
    handler: async ({ params, principal }) => ({ status: 200, body: await employees.get(principal, params.employee_id) }),
  });

  api.add({
    method: 'get',
    path: '/employees/{employee_id}/teams',
    tag: 'Employees',
    summary: "An employee's team membership periods",
    description: "A team change takes effect on the day it is made and is never back-dated. Outside the caller's scope answers 404, as if absent.",
    auth: 'required',
    params: EmployeeParams,
    responses: { 200: { description: 'The periods, by from', schema: TeamPeriodPage }, 404: { description: 'No such employee in your scope' } },
    handler: async ({ params, principal }) => ({ status: 200, body: { items: await employees.teamPeriods(principal, params.employee_id) } }),
  });

  api.add({
    method: 'put',
    path: '/employees/{employee_id}',
    tag: 'Employees',
    summary: 'Change an employee (partial)',
    auth: 'required',
    roles: ['admin'],
    params: EmployeeParams,
    body: { schema: EmployeeUpdateBody },
    responses: {
      200: { description: 'Changed', schema: EmployeeSchema },
      404: { description: 'No such employee' },
      409: { description: 'The email is taken' },
    },
    handler: async ({ params, body, principal }) => ({ status: 200, body: await employees.update(principal, params.employee_id, body) }),
  });

  api.add({
    method: 'delete',
    path: '/employees/{employee_id}',
    tag: 'Employees',
    summary: 'Delete an employee with their login and records',
    description: "Set status to inactive instead to keep a leaver's history.",
    auth: 'required',
    roles: ['admin'],
    params: EmployeeParams,
    responses: {
      204: { description: 'Deleted' },
      404: { description: 'No such employee' },
      409: { description: 'Their login is the last enabled admin' },
    },
    handler: async ({ params, principal }) => {
      await employees.delete(principal, params.employee_id);
      return { status: 204 };
    },
  });
}
