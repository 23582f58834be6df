import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { careCommunicationMessage, OFFICIAL_EXAMPLES_DIRECTORY } from '../../testing/medcom-fixtures';
import { runMedComValidate } from './validate-command-line';

function run(args: string[], directory: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runMedComValidate(args, { out: (line) => out.push(line), err: (line) => err.push(line) }, directory);
  return { code, out, err };
}

describe('runMedComValidate', () => {
  const directory = mkdtempSync(join(tmpdir(), 'medcom-validate-'));

  it('should exit 0 and say valid when the message breaks no rule', () => {
    writeFileSync(join(directory, 'ours.json'), JSON.stringify(careCommunicationMessage()));
    expect(run(['ours.json'], directory)).toEqual({
      code: 0,
      out: ['ours.json: valid (0 errors, 0 warnings)'],
      err: [],
    });
  });

  it('should print each broken rule and exit 1 when the message breaks one', () => {
    const bundle = careCommunicationMessage();
    const communication = bundle.entry.find((entry) => entry.resource.resourceType === 'Communication')!.resource;
    Object.assign(communication, { priority: 'asap', status: 'completed' });
    writeFileSync(join(directory, 'broken.json'), JSON.stringify(bundle));
    const result = run(['broken.json'], directory);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      expect.stringMatching(/^broken\.json: error communication-status at Bundle\.entry\[1\]\.resource: /),
      expect.stringMatching(/^broken\.json: error medcom-careCommunication-5 at Bundle\.entry\[1\]\.resource: /),
      'broken.json: INVALID (2 errors, 0 warnings)',
    ]);
  });

  it('should check as a receiver when asked to, so that an official example passes', () => {
    const result = run(['--receiving', join(OFFICIAL_EXAMPLES_DIRECTORY, 'care-communication-reply.json')], directory);
    expect(result.code).toBe(0);
  });

  it('should exit 2 with a usage line when no file is named', () => {
    expect(run([], directory)).toEqual({ code: 2, out: [], err: [expect.stringContaining('usage:')] });
  });

  it('should exit 2 when the file is not JSON', () => {
    writeFileSync(join(directory, 'not.json'), '{ nope');
    expect(run(['not.json'], directory)).toEqual({
      code: 2,
      out: [],
      err: ['not.json: cannot be read as JSON (invalid JSON)'],
    });
  });
});
