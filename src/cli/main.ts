/**
 * The `mtb-match` bin (built to dist/cli.js): runs the CLI with the real io and sets the exit code.
 */
import { nodeIo } from './node-io.js';
import { run } from './run.js';

// A closed pipe (`mtb-match batch ... | head`) ends the run quietly, as other Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    // run() never rejects; this is the last guard against a stack trace.
    process.stderr.write('mtb-match: internal error. Please report it with the command you ran.\n');
    process.exitCode = 70;
  },
);
