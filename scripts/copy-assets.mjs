// Copies files that tsc does not emit (templates, style sheets, browser scripts) next to the compiled code.
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const patterns = [/\.hbs$/, /\.css$/, /\.browser\.js$/];

function walk(directory) {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (patterns.some((pattern) => pattern.test(name))) {
      cpSync(path, join(root, 'dist', relative(root, path)));
    }
  }
}

for (const top of ['apps', 'libs']) {
  if (existsSync(join(root, top))) walk(join(root, top));
}
