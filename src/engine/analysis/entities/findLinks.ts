import type { Item } from './lexItems.ts';
import { glued, type Candidate } from './scan.ts';
import topLevelDomains from './topLevelDomains.json' with { type: 'json' };

/** Endings a bare domain needs to be taken for a link ('paccolesto.it', not 'Grazie.Arrivederci'): not words of a language, so not in its data. */
const TOP_LEVEL = new Set(topLevelDomains);
const SCHEMES = ['https://', 'http://', 'www.'];
const LINK_MARKS = '.:';
/** Punctuation after a link that ends the sentence, not the link. */
const TRAILING = '.,;:!?\'"»)]}>’”';
const LEADING = '(<["\'«“‘';

const isAsciiAlnum = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
const isDomainChar = (c: string) => isAsciiAlnum(c) || c === '.' || c === '-';
const isLocalChar = (c: string) => isDomainChar(c) || c === '_' || c === '%' || c === '+';

/**
 * Links and email addresses, read from the raw text one run of pieces without spaces at a time,
 * each character looked at a bounded number of times however the run is made ('@@@', 'a.a.a…').
 * What they contain ('9:00' in a link, digits in an address) is theirs, not another entity.
 */
export function findLinks(text: string, items: readonly Item[]): Candidate[] {
  const found: Candidate[] = [];
  for (let first = 0; first < items.length;) {
    let linkish = false;
    let last = first;
    for (; last < items.length && (last === first || !items[last]!.spaced); last++) {
      const item = items[last]!;
      // An '@', or a dot or colon with more of the run after it ('paccolesto.it', 'https:'): a full stop at the end is no link.
      if (item.kind === 'symbol' && (item.key === '@' || (LINK_MARKS.includes(item.key) && glued(items, last + 1)))) linkish = true;
    }
    if (linkish) readRun(text, items[first]!.start, items[last - 1]!.end, found);
    first = last;
  }
  return found;
}

function readRun(text: string, start: number, end: number, found: Candidate[]): void {
  const link = schemeAt(text, start, end);
  findEmails(text, start, link, found);
  if (link < end) {
    const linkEnd = trimEnd(text, link, end);
    const hostStart = link + SCHEMES.find((scheme) => startsWithAt(text, link, scheme))!.length;
    if (linkEnd > hostStart && isAsciiAlnum(text[hostStart]!)) found.push(url(text, link, linkEnd, hostStart));
    return;
  }
  let from = start;
  while (from < end && LEADING.includes(text[from]!)) from++;
  let host = from;
  let dotted = false;
  for (; host < end && isDomainChar(text[host]!); host++) dotted ||= text[host] === '.';
  if (!dotted) return;
  const linkEnd = text[host] === '/' ? trimEnd(text, from, end) : trimEnd(text, from, host);
  if ((text[host] === '/' || trimEnd(text, host, end) === host) && isDomain(text, from, Math.min(host, linkEnd), false)) found.push(url(text, from, linkEnd, from));
}

/** Where the first 'http://', 'https://' or 'www.' of the run starts (not inside a word), or `end`. */
function schemeAt(text: string, start: number, end: number): number {
  for (let at = start; at < end; at++) {
    const c = text[at]!;
    if ((c === 'h' || c === 'H' || c === 'w' || c === 'W') && (at === start || !isAsciiAlnum(text[at - 1]!)) && SCHEMES.some((scheme) => startsWithAt(text, at, scheme))) return at;
  }
  return end;
}

function findEmails(text: string, start: number, end: number, found: Candidate[]): void {
  let floor = start;
  for (let at = start; at < end; at++) {
    if (text[at] !== '@') continue;
    let local = at;
    while (local > floor && isLocalChar(text[local - 1]!)) local--;
    while (local < at && text[local] === '.') local++;
    let domain = at + 1;
    while (domain < end && isDomainChar(text[domain]!)) domain++;
    while (domain > at + 1 && (text[domain - 1] === '.' || text[domain - 1] === '-')) domain--;
    if (local < at && isDomain(text, at + 1, domain, true)) {
      found.push({ type: 'email', start: local, end: domain, value: text.slice(local, domain).toLowerCase() });
      floor = domain;
    } else floor = at + 1;
  }
}

/** Labels apart by dots, the last of letters: any such ending for an address, a known one for a bare domain. */
function isDomain(text: string, start: number, end: number, anyEnding: boolean): boolean {
  const labels = text.slice(start, end).split('.');
  const last = labels[labels.length - 1]!;
  if (labels.length < 2 || labels.some((label) => label === '' || label.startsWith('-') || label.endsWith('-'))) return false;
  if (anyEnding) return last.length >= 2 && /^[a-z]+$/i.test(last);
  // 'p.es.' and 'S.p.A.' are abbreviations, not domains: a bare domain's name has two letters at least.
  return labels[0]!.length >= 2 && TOP_LEVEL.has(last.toLowerCase());
}

/** Where a link ends once the punctuation after it is off; a ')' stays when it closes a '(' of the link. */
function trimEnd(text: string, start: number, end: number): number {
  let unclosed = 0;
  for (let at = start; at < end; at++) unclosed += text[at] === '(' ? 1 : text[at] === ')' ? -1 : 0;
  while (end > start && TRAILING.includes(text[end - 1]!)) {
    if (text[end - 1] === ')' && unclosed >= 0) break;
    if (text[end - 1] === ')') unclosed++;
    end--;
  }
  return end;
}

function startsWithAt(text: string, at: number, prefix: string): boolean {
  for (let k = 0; k < prefix.length; k++) if (text[at + k]?.toLowerCase() !== prefix[k]) return false;
  return true;
}

/** Host in lower case without scheme or 'www.', then the path as typed, without a final '/'. */
function url(text: string, start: number, end: number, hostStart: number): Candidate {
  let pathStart = hostStart;
  while (pathStart < end && !'/?#'.includes(text[pathStart]!)) pathStart++;
  const host = text
    .slice(hostStart, pathStart)
    .toLowerCase()
    .replace(/^www\./, '');
  const value = (host + text.slice(pathStart, end)).replace(/\/$/, '');
  return { type: 'url', start, end, value };
}
