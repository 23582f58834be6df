import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorsOf, validateMedComMessage } from './medcom-validator';

export interface CommandLineOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = 'usage: npm run medcom:validate -- [--receiving] <message.json> [more.json ...]';

/**
 * `npm run medcom:validate -- <file.json>`: checks each MedCom message and prints every rule it
 * breaks, one per line. Returns the exit code: 0 when no file has an error (warnings do not
 * count), 1 when one has, 2 on bad usage or a file that cannot be read as JSON.
 * --receiving checks as a receiver does, leaving out the rules that bind only the producer.
 */
export function runMedComValidate(args: readonly string[], output: CommandLineOutput, baseDirectory: string): number {
  const receiving = args.includes('--receiving');
  const files = args.filter((arg) => arg !== '--receiving');
  if (files.length === 0 || files.some((file) => file.startsWith('-'))) {
    output.err(USAGE);
    return 2;
  }
  let exitCode = 0;
  for (const file of files) {
    let message: unknown;
    try {
      message = JSON.parse(readFileSync(resolve(baseDirectory, file), 'utf8'));
    } catch (error) {
      output.err(
        `${file}: cannot be read as JSON (${error instanceof SyntaxError ? 'invalid JSON' : 'unreadable file'})`,
      );
      exitCode = 2;
      continue;
    }
    const violations = validateMedComMessage(message, { receiving });
    for (const violation of violations) {
      output.out(`${file}: ${violation.severity} ${violation.rule} at ${violation.location}: ${violation.description}`);
    }
    const errors = errorsOf(violations).length;
    output.out(
      `${file}: ${errors === 0 ? 'valid' : 'INVALID'} (${errors} errors, ${violations.length - errors} warnings)`,
    );
    if (errors > 0 && exitCode === 0) exitCode = 1;
  }
  return exitCode;
}
