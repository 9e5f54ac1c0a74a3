/**
 * Hostile text for the escaping tests: script, event handler, attribute break-out, Markdown and HTML
 * syntax, a line break that tries to start a heading, and an entity.
 */
import type { MatchResult } from '../../src/model/result.js';
import { MatchResultCodec } from '../../src/report/codec.js';
import { mapStrings } from './codec-walk.js';

/** The payload placed in every string field. */
export const PAYLOAD =
  `"'><script>window.__pwned = true; console.log('PWNED')</script>` +
  `<img src=x onerror="window.__pwned = true; console.log('PWNED')">` +
  `\n# Injected heading\n| a | b |\n[link](javascript:alert(1)) **bold** _em_ \`code\` ~~del~~ &amp; <!-- c -->`;

/** The result with `f(original)` in every free-text string field. */
export const withStrings = (result: MatchResult, f: (s: string, path: string) => string): MatchResult =>
  mapStrings(MatchResultCodec, result, f) as MatchResult;

/** The result with the payload (tagged with the field's path) in every free-text string field. */
export const withPayload = (result: MatchResult): MatchResult =>
  withStrings(result, (_, path) => `${path}:${PAYLOAD}`);
