import { contributionDeadlineContract } from './contribution-deadline.contract';
import { startDepartment } from './department-contributions.harness';

jest.setTimeout(30_000);

describe('contribution deadlines through the company consultant service (embedded broker)', () => {
  contributionDeadlineContract(startDepartment);
});
