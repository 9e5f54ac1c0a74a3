// The public API of mtb-match, on one screen. Explicit named exports only.
export { defineIssues, formatIssue, formatPath } from './model/issue.js';
export type { Issue, IssueContext, IssuePath, IssueSpec, Issues, Result, Severity, SourceLocation } from './model/issue.js';
