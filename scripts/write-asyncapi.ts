import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsyncApiYaml } from '@rehab/platform';

// Compiled to dist/scripts, two levels below the repository.
const target = join(__dirname, '..', '..', 'docs', 'asyncapi.yaml');
writeFileSync(target, renderAsyncApiYaml());
process.stdout.write(`wrote ${target}\n`);
