import { describe, expect, it } from '@jest/globals';
import { gather, tempDir, writeTemp } from './helpers.js';
import { openDataset } from '../../shared/data/dataset.js';

describe('reading only some columns', () => {
  it('builds just the requested columns, in file order, and still checks every row', async () => {
    const dir = tempDir();
    const csv = writeTemp(dir, 'a.csv', 'id,city,score,day\n1,Oslo,0.5,2024-01-01\n2,Rome,0.25,2024-01-02\n');
    const read = await gather(await openDataset(csv, { columns: ['score', 'id'] }));
    expect(read.batches[0].columns.map((column) => column.name)).toEqual(['id', 'score']);
    expect(read.columns.get('score')!.values).toEqual([0.5, 0.25]);
    const jsonl = writeTemp(dir, 'a.jsonl', '{"id": 1, "city": "Oslo"}\n{"id": 2, "city": "Rome"}\n');
    const lines = await gather(await openDataset(jsonl, { columns: ['city'] }));
    expect(lines.batches[0].columns.map((column) => column.name)).toEqual(['city']);
    const unhashed = await openDataset(csv, { fingerprint: false });
    await gather(unhashed);
    expect(() => unhashed.fingerprints()).toThrow('Dataset.fingerprints() is known only after a full pass');
    const ragged = writeTemp(dir, 'b.csv', 'id,city\n1,Oslo\n2\n');
    await expect(gather(await openDataset(ragged, { columns: ['id'] }))).rejects.toThrow(
      'b.csv:3: expected 2 fields (header has 2), found 1'
    );
  });
});
