import { dynamoBackends, eachBackend } from '../support/backends';
import { useEmptyBackend } from '../support/use-backend';
import { accountRepositoryContract } from './account.repository.contract';
import { attendanceRepositoryContract } from './attendance.repository.contract';
import { auditRepositoryContract } from './audit.repository.contract';
import { calendarRepositoryContract } from './calendar.repository.contract';
import { correctionRepositoryContract } from './correction.repository.contract';
import { employeeRepositoryContract } from './employee.repository.contract';
import { holidayRepositoryContract } from './holiday.repository.contract';
import { leaveRepositoryContract } from './leave.repository.contract';
import { scoreRepositoryContract } from './score.repository.contract';
import { teamRepositoryContract } from './team.repository.contract';

describe.each(eachBackend(dynamoBackends()))('%s repositories', (_name, backend) => {
  const db = useEmptyBackend(backend);
  teamRepositoryContract(db);
  employeeRepositoryContract(db);
  accountRepositoryContract(db);
  attendanceRepositoryContract(db);
  scoreRepositoryContract(db);
  holidayRepositoryContract(db);
  calendarRepositoryContract(db);
  leaveRepositoryContract(db);
  auditRepositoryContract(db);
  correctionRepositoryContract(db);
});
