/**
 * The real engine: the library's own functions (bundled into the CLI by tsup).
 */
import { detectFormat } from '../adapters/detect.js';
import { parseJsonCase } from '../adapters/json-case.js';
import { readTso500 } from '../adapters/tso500.js';
import { readVcf } from '../adapters/vcf.js';
import { readMaf } from '../adapters/maf.js';
import { readCbioportalStudy } from '../adapters/cbioportal.js';
import { completeCase } from '../adapters/complete-case.js';
import { compile } from '../match/compile.js';
import { match } from '../match/match.js';
import { embeddedApprovals, embeddedTables } from '../table/embedded.js';
import { findTable, tableAsOf } from '../table/versions.js';
import { loadApprovals } from '../table/load-approvals.js';
import { loadTable } from '../table/load-table.js';
import { lintTables } from '../table/lint.js';
import { diffTables, formatTableDiff } from '../table/diff.js';
import type { CliEngine } from './engine.js';

/** The library as the CLI uses it. @internal */
export const libraryEngine: CliEngine = {
  detectFormat,
  parseJsonCase,
  readTso500,
  readVcf,
  readMaf,
  readCbioportalStudy,
  completeCase,
  embeddedTables,
  embeddedApprovals,
  tableAsOf,
  findTable,
  loadApprovals,
  loadTable,
  lintTables,
  diffTables,
  formatTableDiff,
  compile,
  match,
};
