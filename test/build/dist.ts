// The production build the build and manifest tests look at. `npm test` builds first; run alone,
// the tests build once when dist/ is missing.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

function built(): boolean {
  return fs.existsSync(path.join(DIST, 'bundle-size.json')) && fs.existsSync(path.join(DIST, 'taskpane.html'));
}

export function ensureDist(): void {
  if (built()) return;
  // Jest runs test files in parallel: build into a private folder and move it into place, so two
  // builds never write into dist/ at the same time.
  const out = fs.mkdtempSync(path.join(ROOT, '.dist-build-'));
  try {
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production', '--output-path', out], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    if (!built()) {
      fs.rmSync(DIST, { recursive: true, force: true });
      fs.renameSync(out, DIST);
    }
  } catch (error) {
    if (!built()) throw error;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

export function distText(file: string): string {
  return fs.readFileSync(path.join(DIST, file), 'utf8');
}
