import type { Principal } from '../../core/access';
import type { LeaveRequestService } from '../leave/leave-request.service';
import type { DemoLeave } from './demo-calendar';

/** The demo's leave, filed and decided by the admin through the same rules as anyone's. */
export function demoLeaveFiler(requests: LeaveRequestService, adminUsername: string): (leave: DemoLeave[]) => Promise<void> {
  const admin: Principal = { username: adminUsername, role: 'admin', employee_id: null, team_id: null };
  return async (leave) => {
    for (const l of leave) {
      const filed = await requests.create(admin, { employee_id: l.employee_id, code: l.code, from: l.from, to: l.to, half_day: l.half_day, reason: 'demo' });
      if (l.status === 'approved') await requests.approve(admin, filed.request_id, null);
    }
  };
}
