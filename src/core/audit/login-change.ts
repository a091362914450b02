import type { Account, AccountPatch } from '../account';
import type { AuditedChange } from './audit-entry';

const shown = (account: Account) => ({ username: account.username, role: account.role, employee_id: account.employee_id, disabled: account.disabled });

/** A login's change as the trail shows it: role and disabled, and whether the password changed — never the hash. */
export function loginChange(before: Account | null, after: Account, patch: AccountPatch): AuditedChange {
  return {
    action: 'login_change',
    entity: 'login',
    entity_id: after.username,
    before: before && shown(before),
    after: { ...shown(after), ...(patch.password_hash !== undefined && { password_changed: true }) },
  };
}
