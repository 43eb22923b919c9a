/**
 * The author line of an article, for the page, feeds, meta tags and
 * structured data: 记者 李森 通讯员 张修阳 (Reporter: Li Sen; Correspondents:
 * Liu Chang, Xu Xin), or the speaker when there is no byline
 * (永安镇党委书记李锋), or nothing.
 */
import { fill, type Template } from '../i18n/fill';

export interface BylineInput {
  reporters: readonly string[];
  correspondents: readonly string[];
  speaker?: { name: string; role: string } | undefined;
}

/** The UI dictionary's byline strings (templates filled by `fill()`). */
export interface BylineLabels {
  reporterLine: Template;
  correspondentLine: Template;
  bylineNameSeparator: string;
  bylinePartSeparator: string;
  /** `{role}{name}` or `{name}, {role}`. */
  speakerLine: string;
}

/** The byline's parts as the page shows them: reporters, then correspondents (none when the article names neither). */
export function bylineParts(input: BylineInput, labels: BylineLabels, locale: string): string[] {
  const part = (template: Template, names: readonly string[]) =>
    fill(template, { n: names.length, names: names.join(labels.bylineNameSeparator) }, locale);
  const parts: string[] = [];
  if (input.reporters.length > 0) parts.push(part(labels.reporterLine, input.reporters));
  if (input.correspondents.length > 0) parts.push(part(labels.correspondentLine, input.correspondents));
  return parts;
}

export function bylineText(input: BylineInput, labels: BylineLabels, locale: string): string {
  const parts = bylineParts(input, labels, locale);
  if (parts.length > 0) return parts.join(labels.bylinePartSeparator);
  return input.speaker ? fill(labels.speakerLine, { name: input.speaker.name, role: input.speaker.role }) : '';
}

/** The people credited, one entry each: reporters, correspondents, else the speaker. */
export function bylinePeople(input: BylineInput): string[] {
  const people = [...input.reporters, ...input.correspondents];
  if (people.length > 0) return people;
  return input.speaker ? [input.speaker.name] : [];
}
