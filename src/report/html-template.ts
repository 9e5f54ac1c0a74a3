/**
 * A tagged template for HTML in which every interpolated value is escaped unless it is markup this
 * module built itself (`SafeHtml`). Input text cannot reach the page unescaped by forgetting a call.
 */
import { escapeHtml } from './escape.js';

/** Markup built by `html` (already escaped). @internal */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What may be interpolated: text (escaped), numbers, markup, lists of these, or nothing. @internal */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | ReadonlyArray<HtmlValue>;

const render = (value: HtmlValue): string => {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
};

/** Builds markup; every interpolation is escaped unless it is `SafeHtml`. @internal */
export const html = (strings: TemplateStringsArray, ...values: ReadonlyArray<HtmlValue>): SafeHtml =>
  new SafeHtml(
    strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i] as HtmlValue) : ''), ''),
  );
