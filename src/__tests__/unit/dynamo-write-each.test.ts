import { PartialWriteError } from '../../core/errors';
import { createDocumentClient } from '../../infrastructure/dynamodb/client';
import { TableClient } from '../../infrastructure/dynamodb/table-client';

/** How a DynamoDB import reports a write that stopped part-way: which items landed, so a resend completes it. */
describe('writing items one transaction each', () => {
  const doc = createDocumentClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:1' });
  const table = new TableClient(doc, 'unused');
  afterAll(() => doc.destroy());

  it('when every write succeeds, then it resolves', async () => {
    const done: number[] = [];
    await table.writeEach([1, 2, 3, 4, 5], async (n) => done.push(n), 2);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('when one write fails, then the rest stop and the error lists exactly the items that landed', async () => {
    const landed: number[] = [];
    const failure = await table
      .writeEach(
        Array.from({ length: 20 }, (_, i) => i),
        async (i) => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          if (i === 7) throw new Error('throttled');
          landed.push(i);
        },
        3,
      )
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PartialWriteError);
    expect((failure as PartialWriteError).written).toEqual([...landed].sort((a, b) => a - b));
    expect((failure as PartialWriteError).written).not.toContain(7);
    expect(landed.length).toBeLessThan(19);
  });
});
