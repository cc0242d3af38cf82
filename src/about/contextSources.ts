/**
 * The sources the About panel cites: the rows of data/sources/context.csv (id, title, publisher,
 * link, date), repeated here so the panel needs no data file; contextSources.test.ts checks that
 * the two stay identical. `short` is the inline citation text.
 */
export interface ContextSource {
  id: string;
  short: string;
  title: string;
  publisher: string;
  url: string;
  published?: string;
}

export const CONTEXT_SOURCES: readonly ContextSource[] = [
  {
    id: 'ctx-ice-287g-page',
    short: 'ICE',
    title: 'Delegation of Immigration Authority Section 287(g) Immigration and Nationality Act',
    publisher: 'U.S. Immigration and Customs Enforcement',
    url: 'https://www.ice.gov/287g',
  },
  {
    id: 'ctx-acluut-287g-models',
    short: 'ACLU of Utah',
    title: 'The three types of 287(g) agreements',
    publisher: 'ACLU of Utah',
    url: 'https://www.acluutah.org/?p=23750',
  },
  {
    id: 'ctx-mpi-287g-2011',
    short: 'Migration Policy Institute, 2011',
    title: 'Delegation and Divergence: 287(g) State and Local Immigration Enforcement',
    publisher: 'Migration Policy Institute',
    url: 'https://www.migrationpolicy.org/research/delegation-and-divergence-287g-state-and-local-immigration-enforcement',
    published: '2011-01',
  },
  {
    id: 'ctx-ice-detainer-faq-2011',
    short: 'ICE, 2011',
    title: 'ICE Detainers: Frequently Asked Questions',
    publisher: 'U.S. Immigration and Customs Enforcement',
    url: 'https://www.ice.gov/ice-detainers-frequently-asked-questions',
    published: '2011-12-28',
  },
  {
    id: 'ctx-ice-detainer-policy-2017',
    short: 'ICE, 2017',
    title: 'Detainer Policy',
    publisher: 'U.S. Immigration and Customs Enforcement',
    url: 'https://webharvest.gov/congress115th/20181203191551/https://www.ice.gov/detainer-policy',
    published: '2017-03-29',
  },
  {
    id: 'ctx-ballotpedia-miranda-olivares',
    short: 'Miranda-Olivares v. Clackamas County (Ballotpedia)',
    title: 'Miranda-Olivares v. Clackamas County, Oregon',
    publisher: 'Ballotpedia',
    url: 'https://ballotpedia.org/Miranda-Olivares_v._Clackamas_County,_Oregon',
  },
  {
    id: 'ctx-crs-sanctuary-2020',
    short: 'Congressional Research Service, 2020',
    title: '“Sanctuary” Jurisdictions: Policy Overview (IF11438)',
    publisher: 'Congressional Research Service (via EveryCRSReport.com)',
    url: 'https://www.everycrsreport.com/files/2020-02-21_IF11438_12328129dd8b45843eccc9ac54ca583bfdb22280.html',
    published: '2020-02-21',
  },
  {
    id: 'ctx-npr-sanctuary-label-2016',
    short: 'NPR/WGBH, 2016',
    title: 'Trump Vows To End Sanctuary Cities, But No One Can Agree What That Label Means',
    publisher: 'WGBH News (NPR)',
    url: 'https://wgbh.org/news/2016-11-19/trump-vows-to-end-sanctuary-cities-but-no-one-can-agree-what-that-label-means',
    published: '2016-11-19',
  },
  {
    id: 'ctx-nysba-sanctuary',
    short: 'New York State Bar Association',
    title: '“Sanctuary” Jurisdictions',
    publisher: 'New York State Bar Association Government Law Center',
    url: 'https://archive.nysba.org/GovernmentLawCenter/_Sanctuary__Jurisdictions/',
  },
  {
    id: 'ctx-uscm-mcca-statement-2017',
    short: 'US Conference of Mayors and Major Cities Chiefs, 2017',
    title: 'Mayors & Chiefs Demand Sanctuary Cities Talks',
    publisher: 'Gov1 (joint statement of the U.S. Conference of Mayors and the Major Cities Chiefs Association)',
    url: 'https://gov1.com/public-safety/articles/mayors-chiefs-demand-sanctuary-cities-talks-AS9KU2abagLbqRY3',
    published: '2017-01',
  },
  {
    id: 'ctx-theodore-insecure-communities-2013',
    short: 'Theodore, 2013',
    title: 'Insecure Communities: Latino Perceptions of Police Involvement in Immigration Enforcement',
    publisher: 'University of Illinois at Chicago and PolicyLink (Nik Theodore)',
    url: 'https://www.readkong.com/page/insecure-communities-latino-perceptions-of-police-8356475',
    published: '2013-05',
  },
  {
    id: 'ctx-latimes-latinos-report-crimes-2013',
    short: 'Los Angeles Times, 2013',
    title: 'Latinos now less likely to report crimes to police, poll says',
    publisher: 'Los Angeles Times',
    url: 'http://www.latimes.com/nation/nationnow/la-pn-latinos-less-likely-to-report-crimes-20130507-story.html',
    published: '2013-05-07',
  },
  {
    id: 'ctx-wong-cap-2017',
    short: 'Wong, Center for American Progress, 2017',
    title: 'The Effects of Sanctuary Policies on Crime and the Economy',
    publisher: 'Center for American Progress (Tom K. Wong)',
    url: 'https://vdocuments.us/the-e-ects-of-sanctuary-policies-on-crime-and-the-e-ects-of-sanctuary-policies.html',
    published: '2017-01-26',
  },
  {
    id: 'ctx-hausman-pnas-2020',
    short: 'Hausman, PNAS, 2020',
    title: 'Sanctuary policies reduce deportations without increasing crime',
    publisher: 'Proceedings of the National Academy of Sciences (David K. Hausman)',
    url: 'https://www.pnas.org/content/117/44/27262.short',
    published: '2020-11-03',
  },
  {
    id: 'ctx-cis-releases-2015',
    short: 'Center for Immigration Studies, 2015',
    title: 'Number of Sanctuaries and Criminal Releases Still Growing',
    publisher: 'Center for Immigration Studies (Jessica M. Vaughan)',
    url: 'http://cis.org/Sanctuaries-Criminal-Releases-Growing',
    published: '2015-10-30',
  },
  {
    id: 'ctx-cis-crime-reporting-2021',
    short: 'Center for Immigration Studies, 2021',
    title: 'Are Immigrants Less Willing to Report Crime?',
    publisher: 'Center for Immigration Studies (Jessica M. Vaughan; Steven A. Camarota; Karen Zeigler)',
    url: 'https://cis.org/node/11779',
    published: '2021-10-14',
  },
  {
    id: 'ctx-ice-albence-briefing-2019',
    short: 'ICE briefing, 2019',
    title: 'Press Briefing by Acting Director of ICE Matthew Albence',
    publisher: 'Mirage News (transcript of the White House briefing)',
    url: 'https://www.miragenews.com/press-briefing-by-acting-director-of-ice-matthew-albence/',
    published: '2019-09-26',
  },
  {
    id: 'ctx-hstoday-albence-2019',
    short: 'Homeland Security Today, 2019',
    title: 'Albence: ‘Time to Publicly Call Out’ Sanctuary Jurisdictions Not Working with ICE',
    publisher: 'Homeland Security Today',
    url: 'https://www.hstoday.us/subject-matter-areas/border-security/albence-time-to-publicly-call-out-sanctuary-jurisdictions-not-working-with-ice/',
    published: '2019-09',
  },
  {
    id: 'ctx-politico-doj-sues-california-2018',
    short: 'Politico, 2018',
    title: 'Trump administration goes on offense, sues California over sanctuary laws',
    publisher: 'Politico',
    url: 'https://www.politico.com/story/2018/03/06/trump-california-sanctuary-laws-443835',
    published: '2018-03-06',
  },
  {
    id: 'ctx-heritage-stimson-2016',
    short: 'Heritage Foundation, 2016',
    title: 'Sanctuary Cities Worsen Illegal Immigration Crisis',
    publisher: 'The Heritage Foundation',
    url: 'http://www.heritage.org/research/reports/2016/07/sanctuary-cities-worsen-illegal-immigration-crisis',
    published: '2016-07-06',
  },
  {
    id: 'ctx-leitf-1373-2017',
    short: 'National Immigration Forum, 2017',
    title: 'Background on ‘Sanctuary Jurisdictions’ – 8 U.S.C. § 1373',
    publisher: 'National Immigration Forum (Law Enforcement Immigration Task Force)',
    url: 'http://leitf.org/2017/09/background-on-sanctuary-jurisdictions-8-u-s-c-%c2%a7-1373/',
    published: '2017-09',
  },
  {
    id: 'ctx-ipt-doj-1373-letters-2017',
    short: 'Immigration Policy Tracking Project',
    title: 'DOJ warns 29 jurisdictions about losing Byrne JAG funds for non-compliance with § 1373',
    publisher: 'Immigration Policy Tracking Project',
    url: 'https://immpolicytracking.org/policies/doj-issues-letters-to-29-jurisdictions-about-8-usc-1373-compliance/',
    published: '2017-11-15',
  },
];

export const CONTEXT_SOURCE_BY_ID: ReadonlyMap<string, ContextSource> = new Map(CONTEXT_SOURCES.map((s) => [s.id, s]));
