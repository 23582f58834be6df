import { runMedComValidate } from './medcom/conformance/validate-command-line';

// npm runs scripts from the repository root; a relative path means the caller's directory.
process.exitCode = runMedComValidate(
  process.argv.slice(2),
  { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) },
  process.env.INIT_CWD ?? process.cwd(),
);
