/** A real git repository holding a copy of one of the bundled examples (examples/<name>). */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from './git-repo.js';
import { PROJECT_ROOT } from './action-runner.js';

export async function exampleRepo(name: 'monorepo' | 'single-service'): Promise<GitRepo> {
  const repo = await GitRepo.create();
  cpSync(join(PROJECT_ROOT, 'examples', name), repo.dir, { recursive: true });
  await repo.commit('import example');
  return repo;
}
