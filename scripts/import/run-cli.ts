import { fileURLToPath } from 'node:url';
import { dataErrorsOf } from '../build/errors';

/**
 * Runs an importer's `main` when its module is the script node was started with: bad data is reported
 * as `file:line: field: problem` lines and a non-zero exit; anything else is a bug and keeps its stack.
 */
export function runImportCli(moduleUrl: string, main: () => void, name: string): void {
  if (!process.argv[1] || fileURLToPath(moduleUrl) !== process.argv[1]) return;
  try {
    main();
  } catch (error) {
    const problems = dataErrorsOf(error);
    if (!problems) throw error;
    for (const p of problems) console.error(p.message);
    console.error(`${name} import: stopped; data/ was left as it was.`);
    process.exitCode = 1;
  }
}
