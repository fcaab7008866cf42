// Builds the search service into dist/: strips the one type annotation style the source uses
// (a stand-in for `tsc`, so the example needs nothing but node). Its base version comes from
// package.json, as the manifest sets none.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const source = readFileSync('src/index.ts', 'utf8');
const js = source.replace(/(\w)\s*:\s*[A-Za-z_][\w[\]]*(?=\s*[,)=])/g, '$1');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
writeFileSync('dist/index.js', js);
writeFileSync('dist/package.json', '{ "type": "module" }\n');
