// The process entry of the compiled CLI (dist-cli/fremdrift.js, run by bin/fremdrift.js): runs main with
// the real process, ends quietly when the reader of standard output goes away (`report --json | head`),
// and turns main's result into the exit code.
import { EXIT } from './io';
import { main } from './main';

/** A closed pipe means the reader has what it wanted: stop without a stack trace. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
}

quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Uventet fejl: ${err instanceof Error && err.stack ? err.stack : String(err)}\n`);
    process.exitCode = EXIT.unexpected;
  },
);
