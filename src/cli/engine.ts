/**
 * The library functions the CLI calls, gathered in one object so that tests can replace one of them
 * (e.g. to make `match` throw and check the internal-error path). `libraryEngine` is the real one.
 */
import type { detectFormat } from '../adapters/detect.js';
import type { parseJsonCase } from '../adapters/json-case.js';
import type { readTso500 } from '../adapters/tso500.js';
import type { readVcf } from '../adapters/vcf.js';
import type { readMaf } from '../adapters/maf.js';
import type { readCbioportalStudy } from '../adapters/cbioportal.js';
import type { completeCase } from '../adapters/complete-case.js';
import type { compile } from '../match/compile.js';
import type { match } from '../match/match.js';
import type { embeddedApprovals, embeddedTables } from '../table/embedded.js';
import type { findTable, tableAsOf } from '../table/versions.js';
import type { loadApprovals } from '../table/load-approvals.js';
import type { loadTable } from '../table/load-table.js';
import type { lintTables } from '../table/lint.js';
import type { diffTables, formatTableDiff } from '../table/diff.js';

/** The library as the CLI uses it. */
export interface CliEngine {
  readonly detectFormat: typeof detectFormat;
  readonly parseJsonCase: typeof parseJsonCase;
  readonly readTso500: typeof readTso500;
  readonly readVcf: typeof readVcf;
  readonly readMaf: typeof readMaf;
  readonly readCbioportalStudy: typeof readCbioportalStudy;
  readonly completeCase: typeof completeCase;
  readonly embeddedTables: typeof embeddedTables;
  readonly embeddedApprovals: typeof embeddedApprovals;
  readonly tableAsOf: typeof tableAsOf;
  readonly findTable: typeof findTable;
  readonly loadApprovals: typeof loadApprovals;
  readonly loadTable: typeof loadTable;
  readonly lintTables: typeof lintTables;
  readonly diffTables: typeof diffTables;
  readonly formatTableDiff: typeof formatTableDiff;
  readonly compile: typeof compile;
  readonly match: typeof match;
}
