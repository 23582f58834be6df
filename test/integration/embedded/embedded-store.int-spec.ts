import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

const ROOT = join(__dirname, '..', '..', '..');
const COMPILED = join(ROOT, 'dist', 'libs', 'platform', 'src', 'runtime', 'embedded-database.js');

/**
 * The embedded store is what `npm start` runs on, so it is under test here, not standing in
 * for PostgreSQL. PGlite cannot load inside Jest's module sandbox, so it runs in a child
 * process from the compiled code, exactly as the launcher runs it.
 */
describe('the embedded PostgreSQL-compatible store', () => {
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    if (!existsSync(COMPILED)) throw new Error('Build first (npm run build): the test runs the compiled embedded store');
    child = spawn(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(COMPILED)}).startEmbeddedDatabase({ port: 0 })
           .then((db) => process.send(db.url), (error) => { console.error(error); process.exit(1); });
         process.on('disconnect', () => process.exit(0));`,
      ],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    url = await new Promise<string>((resolve, reject) => {
      child.once('message', (message) => resolve(message as string));
      child.once('exit', (code) => reject(new Error(`the embedded store exited with ${code}`)));
    });
    // Starting PGlite in a fresh process takes a few seconds; more when the machine is busy.
  }, 60_000);

  afterAll(() => {
    child.disconnect();
  });

  it('should answer many clients’ parameterised queries correctly when they run at the same time', async () => {
    const clients = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const client = new Client({ connectionString: url });
        await client.connect();
        return client;
      }),
    );
    try {
      const answers = await Promise.all(
        clients.map(async (client, clientIndex) => {
          const results: string[] = [];
          for (let query = 0; query < 50; query += 1) {
            // Each client's statement text differs, so a statement run with another client's
            // parameters, or another client's statement, shows in the answer.
            const { rows } = await client.query<{ value: string }>(
              `SELECT 'client ${clientIndex}: ' || (${Array.from({ length: clientIndex + 1 }, (_, index) => `$${index + 1}::int`).join(' + ')}) || left($${clientIndex + 2}::text, 0) AS value`,
              // A large parameter spreads one client's message over several network reads.
              [...Array.from({ length: clientIndex + 1 }, (_, index) => (index === clientIndex ? query : 0)), 'x'.repeat(200_000)],
            );
            results.push(rows[0].value);
          }
          return results;
        }),
      );
      answers.forEach((results, clientIndex) => {
        expect(results).toEqual(Array.from({ length: 50 }, (_, query) => `client ${clientIndex}: ${query}`));
      });
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('should keep one client’s transaction apart from another client’s statements', async () => {
    const [first, second] = [new Client({ connectionString: url }), new Client({ connectionString: url })];
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query('CREATE TABLE IF NOT EXISTS isolation_probe (id int PRIMARY KEY)');
      await first.query('BEGIN');
      await first.query('INSERT INTO isolation_probe VALUES ($1)', [1]);
      const secondInsert = second.query('INSERT INTO isolation_probe VALUES ($1)', [2]);
      await first.query('ROLLBACK');
      await secondInsert;
      const { rows } = await second.query<{ id: number }>('SELECT id FROM isolation_probe ORDER BY id');
      expect(rows.map((row) => row.id)).toEqual([2]);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('should go on serving other clients after one client’s statement fails', async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await expect(client.query('SELECT * FROM no_such_table WHERE id = $1', [1])).rejects.toThrow(/no_such_table/);
      const { rows } = await client.query<{ one: number }>('SELECT $1::int AS one', [1]);
      expect(rows[0].one).toBe(1);
    } finally {
      await client.end();
    }
  });
});
