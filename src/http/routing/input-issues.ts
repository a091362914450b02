import type { FieldIssue } from '../../core/errors';
import type { z } from '../schemas/zod';

/** Fields the service computes or copies: a client sending one learns why it may not. A Map, as a client's key may be "constructor". */
const READ_ONLY = new Map([
  ['final_score', 'is computed by the service from kpi, completed_task and feedback_360, and may not be sent'],
  ['employee_name', "is copied from the employee's record, and may not be sent"],
  ['hours_worked', 'is computed from the check-in and check-out times, and may not be sent'],
  ['created_at', 'is set by the service, and may not be sent'],
  ['updated_at', 'is set by the service, and may not be sent'],
]);

/** zod's issues as the API's {field, message}: a path under `root` (path, query, body), unknown keys named one by one. */
export function issuesOf(error: z.ZodError, root: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: path ? `${path}.${key}` : key, message: READ_ONLY.get(key) ?? 'is not a writable field' }));
    }
    return [{ field: path || root, message: issue.message }];
  });
}
