import { loadConfig } from '../../config';
import { openDatabase } from '../../infrastructure/database.factory';
import { garblingProxy, type GarblingProxy } from '../support/garbling-proxy';

/** Opening the DynamoDB adapter as a start does, on DynamoDB Local, watching what it asks. */
describe('opening a DynamoDB table at start', () => {
  const table = `open_${Date.now().toString(36)}`;
  let proxy: GarblingProxy;
  const open = () => openDatabase(loadConfig({ DB_DRIVER: 'dynamodb', DYNAMODB_ENDPOINT: proxy.endpoint, DYNAMODB_TABLE: table }).database);

  beforeAll(async () => {
    proxy = await garblingProxy(process.env.TEST_DYNAMODB_ENDPOINT!);
  });
  afterAll(() => proxy.close());

  it('when the local table is missing, then the first read finds it out, the table is made and upgraded; when it is there, that read is the only request', async () => {
    const first = await open();
    await first.database.close();
    expect(first.migrated).toEqual([`created table ${table}`]);
    expect(proxy.operations.slice(0, 2)).toEqual(['GetItem', 'DescribeTable']);
    expect(proxy.operations).toContain('CreateTable');

    proxy.operations.length = 0;
    const again = await open();
    await again.database.close();
    expect(again.migrated).toEqual([]);
    expect(proxy.operations).toEqual(['GetItem']);
  }, 60_000);
});
