/**
 * Whether a source is a primary document — a government or court document on the publisher's
 * own site (data/README.md, "Sources"). Judged by the address: a copy of a statute on a law-firm
 * blog or an aggregator does not count, even if the text is the same.
 */

/** Official hosts outside .gov/.us: legislative and code publishers that public bodies use as their own record. */
const OFFICIAL_HOSTS = [
  'legistar.com', // city and county councils' legislative records (e.g. chicago.legistar.com)
  'iqm2.com', // county boards' minutes (sccgov.iqm2.com)
  'municode.com',
  'amlegal.com',
  'ecode360.com',
  'chicityclerk.com', // Office of the Chicago City Clerk
  'cookcountygov.com', // Cook County government
  'multco.us', // Multnomah County, Oregon's official domain
  'denvergov.org', // City and County of Denver
  'sccgov.org', // County of Santa Clara, California
  'smcgov.org', // County of San Mateo, California's official domain
  'sanleandro.org', // City of San Leandro, California (its records portal hosts county orders it received)
  'iowa-city.org', // City of Iowa City's records portal (WebLink)
  'lamayor.org', // Office of the Mayor of Los Angeles
  'hennepinattorney.org', // Hennepin County Attorney's Office
  'tcsheriff.org', // Travis County Sheriff's Office
  'cityofnewhaven.com', // City of New Haven's official site
  'lapdonline.org', // Los Angeles Police Department's official site (newsroom, manual)
  'cityofphiladelphia.wordpress.com', // the City of Philadelphia's own news site (its posts are City press releases)
  'oak-park.us', // Village of Oak Park, Illinois's official domain
  'santa-ana.org', // City of Santa Ana, California (its public records portal, publicdocs.santa-ana.org)
  'cityofdavis.org', // City of Davis, California
  'cityofpetaluma.net', // City of Petaluma, California (its Laserfiche records portal)
  'cityofelgin.net', // City of Elgin, Illinois (its Laserfiche records portal)
  'westchestergov.com', // Westchester County, New York
  'tompkins-co.org', // Tompkins County, New York (its Laserfiche portal also hosts City of Ithaca records)
  'sonomasheriff.org', // Sonoma County Sheriff's Office, California
  'house-press.com', // Georgia House of Representatives press office (releases of the Speaker and of both caucuses)
  'content.govdelivery.com', // GovDelivery (Granicus) bulletins, sent by public bodies from their own accounts (e.g. /accounts/MDBALT, City of Baltimore)
  'courtlistener.com', // court opinions and dockets as filed (Free Law Project's RECAP archive)
  'supremecourt.gov',
  'uscourts.gov',
];

/**
 * Official accounts on shared hosts, as host + path prefix: a government's own page on a platform
 * that anyone can publish on, where only this account is the government's.
 */
const OFFICIAL_ACCOUNTS = [
  'medium.com/wagovernor/', // Washington Governor's Office's official Medium account (its press releases)
];

export function isPrimarySource(url: string): boolean {
  let host: string;
  let path: string;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
    path = parsed.pathname.toLowerCase();
  } catch {
    return false;
  }
  const bareHost = host.replace(/^www\./, '');
  if (OFFICIAL_ACCOUNTS.some((account) => `${bareHost}${path}`.startsWith(account))) return true;
  if (/\.(gov|mil)$/.test(host) || /(^|\.)(state|ci|co|k12)\.[a-z]{2}\.us$/.test(host) || /\.gov\.[a-z]{2}$/.test(host)) return true;
  if (/(^|\.)[a-z]{2}\.us$/.test(host) && /(legis|court|gov|state)/.test(host)) return true;
  // RFC 1480 locality names under .us: ci.<city>.<st>.us, co.<county>.<st>.us, town.<name>.<st>.us
  if (/(^|\.)(ci|co|city|county|town|vil)\.[a-z0-9-]+\.[a-z]{2}\.us$/.test(host)) return true;
  return OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}
