/**
 * Which sources the dataset may not cite (data/README.md, "Sources"): reposts on partisan or
 * extremist sites, content farms, AI-generated legal summaries, copies of encyclopedia articles
 * and proxied addresses. Each has an original publisher or a primary document to cite instead.
 */

/** Host (or parent domain) → why it is refused. */
export const DENIED_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['amren.com', 'a white-nationalist site (American Renaissance); cite the original publisher'],
  ['vdare.com', 'a white-nationalist site; cite the original publisher'],
  ['stormfront.org', 'a white-nationalist forum; cite the original publisher'],
  ['wnd.com', 'a partisan outlet that publishes fabricated stories (WND); cite the original publisher or a primary document'],
  ['freerepublic.com', 'a partisan forum repost (Free Republic); cite the original publisher'],
  ['neonnettle.com', 'a content farm (Neon Nettle); cite the original publisher or a primary document'],
  ['courtgpt.ai', 'an AI-generated legal summary (CourtGPT); cite the official code or session law'],
  ['pages.dev', 'an anonymous pages.dev mirror; cite the original publisher'],
  ['wikimili.com', 'a Wikipedia mirror; cite the original publisher or a primary document'],
  ['en-academic.com', 'a Wikipedia mirror; cite the original publisher or a primary document'],
  ['owiki.org', 'a Wikipedia mirror; cite the original publisher or a primary document'],
  ['cryer.org.uk', 'a Wikipedia mirror; cite the original publisher or a primary document'],
  ['encycloreader.org', 'a mirror of Ballotpedia/Wikipedia; cite the original publisher or a primary document'],
  ['oszar.com', 'a proxied address; cite the publisher’s own address'],
]);

/** Why `url` may not be cited, or undefined when it may. */
export function deniedSource(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined; // the schema reports a malformed URL
  }
  for (const [domain, why] of DENIED_DOMAINS) {
    if (host === domain || host.endsWith(`.${domain}`)) return `${host} is not an acceptable source: ${why}`;
  }
  return undefined;
}
