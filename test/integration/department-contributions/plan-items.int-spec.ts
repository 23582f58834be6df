import { startDepartment } from './department-contributions.harness';
import { planItemsContract } from './plan-items.contract';

jest.setTimeout(30_000);

describe('plan items through the social/psychiatry service (embedded broker)', () => {
  planItemsContract(startDepartment);
});
