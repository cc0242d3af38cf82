/**
 * The importers' write: the new files are laid over a copy of data/ and the whole dataset goes
 * through the build's reader and validation (every record, source, place and interval, as
 * build:data checks them); only then are the files swapped in, each by a rename. On any problem
 * the error names the file, line and field and data/ is left as it was.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { countiesOf, loadAtlas, readRawData } from '../build/pipeline';
import { validate, type ValidData } from '../build/validate';
import { writeFilesAtomically } from '../build/write-atomic';

/** `files`: path relative to `dataDir` → new content. Returns the validated dataset. */
export function writeDataFiles(dataDir: string, files: ReadonlyMap<string, string>): ValidData {
  const stage = mkdtempSync(join(tmpdir(), 'import-data-'));
  try {
    const staged = join(stage, 'data');
    // raw/ is input to the importers, not to the build: leave it out of the copy.
    cpSync(dataDir, staged, { recursive: true, filter: (src) => !src.startsWith(join(dataDir, 'raw')) });
    for (const [rel, content] of files) {
      mkdirSync(dirname(join(staged, rel)), { recursive: true });
      writeFileSync(join(staged, rel), content);
    }
    const counties = countiesOf(loadAtlas());
    // displayRoot = the stage, so errors read "data/policies/287g.csv:12: …" as for the real folder.
    const valid = validate(readRawData(staged, stage), { counties: new Set(counties.map((c) => c.fips)) });
    writeFilesAtomically(new Map([...files].map(([rel, content]) => [join(dataDir, rel), content])));
    return valid;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
