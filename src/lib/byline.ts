/**
 * The author line of an article as one string, for feeds, meta tags and
 * structured data: 记者 李森 通讯员 张修阳, or the speaker when there is
 * no byline (永安镇党委书记李锋), or nothing.
 */
import { fill } from '../i18n/fill';

export interface BylineInput {
  reporters: readonly string[];
  correspondents: readonly string[];
  speaker?: { name: string; role: string } | undefined;
}

export interface BylineLabels {
  reporter: string;
  correspondent: string;
  /** `{role}{name}` or `{name}, {role}`: a template of the UI dictionaries. */
  speakerLine: string;
}

export function bylineText(input: BylineInput, labels: BylineLabels): string {
  const parts: string[] = [];
  if (input.reporters.length > 0) parts.push(`${labels.reporter} ${input.reporters.join(' ')}`);
  if (input.correspondents.length > 0) parts.push(`${labels.correspondent} ${input.correspondents.join(' ')}`);
  if (parts.length > 0) return parts.join(' ');
  return input.speaker ? fill(labels.speakerLine, { name: input.speaker.name, role: input.speaker.role }) : '';
}

/** The people credited, one entry each: reporters, correspondents, else the speaker. */
export function bylinePeople(input: BylineInput): string[] {
  const people = [...input.reporters, ...input.correspondents];
  if (people.length > 0) return people;
  return input.speaker ? [input.speaker.name] : [];
}
