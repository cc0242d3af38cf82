/**
 * End dates read in sources, for agreements whose end the rosters and lists only bound loosely or
 * wrongly (e.g. the pre-2018 file's roster coverage stops on 2013-09-30, so 20 agreements seemed to
 * end on 2013-10-01). Keyed by record id; each names the sources it was read in. Sources listed in
 * END_SOURCES are written to data/sources/287g.csv; others must exist in another file of data/sources/.
 */
import type { Confidence } from '../../../src/domain/schema';
import { SOURCE_IDS } from './constants';

export interface EndCorrection {
  /** First day no longer in force (or a year: "ended by"). */
  end: string;
  endNote: string;
  /** Replaces the summary's last sentence about the end. */
  ending: string;
  sourceIds: string[];
  note: string;
  confidence?: Confidence;
}

const ACCESSED = '2026-12-06';
type SourceSpec = { title: string; publisher: string; url: string; published_date: string; notes: string };
const source = (title: string, publisher: string, url: string, published: string, notes: string): SourceSpec => ({
  title,
  publisher,
  url,
  published_date: published,
  notes,
});

export const END_SOURCES: Record<string, SourceSpec & { accessed_date?: string }> = {
  'ice-287g-end-tucsonsentinel-2011-12-15': source("Napolitano cuts Arpaio's access to ICE programs", 'Tucson Sentinel', 'https://www.tucsonsentinel.com/local/report/121511_arpaio_dhs/napolitano-cuts-arpaios-access-ice-programs/', '2011-12-15', 'Reports DHS Secretary Napolitano\'s written statement that the 287(g) agreement with the Maricopa County Sheriff\'s Office "was terminated immediately".'),
  'ice-287g-end-tpm-2011-12-15': source("DHS Cuts Off Sheriff Joe Arpaio's Access To ICE Programs", 'Talking Points Memo', 'http://talkingpointsmemo.com/muckraker/dhs-cuts-off-sheriff-joe-arpaio-s-access-to-ice-programs', '2011-12-15', 'Quotes the DHS statement: "effective immediately, DHS is terminating MCSO\'s 287(g) jail model agreement".'),
  'ice-287g-end-nashvillescene-2012-08': source("Sheriff Daron Hall announces the end of Davidson County's controversial deportation program, but questions remain", 'Nashville Scene', 'http://www.nashvillescene.com/nashville/even-after-sheriff-daron-hall-announces-the-end-of-the-controversial-deportation-program-questions-remain/Content?oid=2989055', '', 'The sheriff said that when the memorandum of agreement with ICE expires on Oct. 8 his office will not seek renewal.'),
  'ice-287g-end-tba-2012-09-17': source("TBA Law Blog: Davidson County's 287(g) contract (Elliott Ozment)", 'Tennessee Bar Association', 'https://www.tba.org/?pg=LawBlog&blAction=showEntry&blogEntry=11960', '2012-09-17', 'States that on 2012-08-21 the sheriff announced his office would not renew its 287(g) contract when it expires on 2012-10-08.'),
  'ice-287g-end-ivener-2013-01-04': source('ICE Announces Removal Numbers, Issues New National Detainer Guidance, Discontinues State/Local 287(g) Partnership Agreement', 'Mark A Ivener, A Law Corporation', 'https://ivener.com/2013/01/04/ice-announces-removal-numbers-issues-new-national-detainer-guidance-discontinues-statelocal-287g-partnership-agreement/', '2013-01-04', 'Summarises ICE\'s announcement of 2012-12-21 and quotes it: ICE "has also decided not to renew any of its agreements with state and local law enforcement agencies that operate task forces under the 287(g) program". A law firm\'s summary of a government announcement; ICE\'s own release was not found in the stored pages.'),
  'ice-287g-end-azcapitoltimes-2012-06-25': source('Homeland Security revokes 287(g) agreements in Arizona', 'Arizona Capitol Times', 'https://azcapitoltimes.com/news/2012/06/25/homeland-security-revokes-287g-immigration-check-agreements-in-arizona/', '2012-06-25', 'DHS terminated its 287(g) task force agreements with the Arizona Department of Public Safety; the Florence, Mesa and Phoenix police departments; and the Pima, Pinal and Yavapai county sheriff\'s offices on 2012-06-25; jail agreements stayed in place.'),
  'ice-287g-end-timesnews-2018-11-17': source("County won't rejoin 287(g)", 'Times-News (Burlington, N.C.)', 'https://www.thetimesnews.com/story/news/politics/county/2018/11/17/alamance-sheriff-wont-rejoin-287g-but-could-still-hold-ice-detainees/8352601007/', '2018-11-17', 'After a lawsuit brought by the U.S. Department of Justice in 2012, Alamance County\'s participation in 287(g) was terminated; the jail held ICE detainees "from 2007 until a federal lawsuit in 2012". No day is given.'),
  'ice-287g-end-wfae-2018-12-05': source("New Meck Sheriff's First Act Ends Participation In 287(g)", 'WFAE', 'https://www.wfae.org/local-news/2018-12-05/new-meck-sheriffs-first-act-ends-participation-in-287g', '2018-12-05', 'Sheriff Garry McFadden\'s letter halting the county\'s participation in 287(g) was delivered to ICE on Wednesday morning, 2018-12-05, the day after he was sworn in.'),
  'ice-287g-end-abc11-2018-12-07': source('Wake County, as new sheriff promised, ends cooperation with feds over deportation', 'ABC11 (WTVD)', 'https://abc11.com/politics/wake-county-ends-cooperation-with-feds-over-deportation/4855495/', '2018-12-07', 'Wake County "has officially ended the 287 (g) agreement"; Sheriff Gerald Baker announced it at a news conference on Friday 2018-12-07.'),
  'ice-287g-end-ap-2018-12-09': source('Wake, Durham sheriffs move away from immigration programs', 'Associated Press', 'https://apnews.com/article/f76a4622e0a9bdb6fdcebbcf424efd43', '2018-12-09', 'The Wake County Sheriff\'s Office no longer participates in 287(g) (Sheriff Gerald Baker\'s decision announced that week).'),
};

const taskForce = (agency: string): EndCorrection => ({
  end: '2013-01-01',
  endNote: 'ended by the end of 2012: ICE renewed none of its 287(g) task force agreements (announced 2012-12-21)',
  ending: 'It ended by the end of 2012, when ICE let its 287(g) task force agreements lapse without renewal.',
  sourceIds: ['ice-287g-end-ivener-2013-01-04'],
  note: `ICE announced on 2012-12-21 that it would not renew any of its agreements with agencies operating 287(g) task forces, so the ${agency} task force agreement ended by the end of 2012; the pre-2018 file's date (2013-10-01) only marks where its roster coverage stops. The agreement's own expiry day is not published: 2013-01-01 is an upper bound.`,
  confidence: 'medium',
});

const postYears = (last: number, postNote: string): EndCorrection => ({
  end: `${last + 1}`,
  endNote: `ended by ${last + 1}: ${last} is the last year The Washington Post flagged the agency (exact date not known)`,
  ending: `It had ended by ${last + 1} (exact date not known).`,
  sourceIds: [SOURCE_IDS.wapo],
  note: `The Washington Post's table flags the agency until ${last}${postNote}; the pre-2018 file's end (2013-10-01) only marks where its roster coverage stops, so the end is recorded at year precision from the Post.`,
  confidence: 'low',
});

export const END_CORRECTIONS: Record<string, EndCorrection> = {
  '287g-nv-las-vegas-metropolitan-pd-jem-2016-06-28': {
    end: '2019-10-22',
    endNote: 'LVMPD gave ICE notice that it was suspending the agreement',
    ending: 'It had ended by 2019-10-22.',
    sourceIds: ['local-8newsnow-2019-lvmpd-287g'],
    note: 'KLAS (2019-10-23): "On Oct. 22, 2019, LVMPD gave notice to ICE that it was suspending the agreement", after Gonzalez v. ICE (C.D. Cal., 2019-09-27); the ICE lists alone bound the end only between 2019 and 2021-01-13.',
  },
  '287g-az-maricopa-so-jem-2007-02-07': {
    end: '2011-12-15',
    endNote: 'terminated by DHS, effective immediately, after the Justice Department\'s findings against the Sheriff\'s Office',
    ending: 'DHS terminated it, effective immediately, on 2011-12-15.',
    sourceIds: ['ice-287g-end-tucsonsentinel-2011-12-15', 'ice-287g-end-tpm-2011-12-15'],
    note: 'DHS Secretary Napolitano announced on 2011-12-15 that DHS was "terminating MCSO\'s 287(g) jail model agreement" effective immediately, after the Justice Department reported discriminatory policing by the Sheriff\'s Office; the pre-2018 file\'s end (2013-10-01) only marks where its roster coverage stops.',
    confidence: 'high',
  },
  '287g-tn-davidson-so-jem-2007-02-21': {
    end: '2012-10-08',
    endNote: 'expired on 2012-10-08 and was not renewed (the sheriff told ICE on 2012-08-21)',
    ending: 'It expired on 2012-10-08; the sheriff did not renew it.',
    sourceIds: ['ice-287g-end-nashvillescene-2012-08', 'ice-287g-end-tba-2012-09-17'],
    note: 'Sheriff Daron Hall announced on 2012-08-21 that his office would not renew the agreement when it expired on 2012-10-08; the pre-2018 file\'s end (2013-10-01) only marks where its roster coverage stops.',
    confidence: 'high',
  },
  '287g-az-arizona-department-of-public-safety-jem-2007-04-15': {
    end: '2012-06-25',
    endNote: 'task force agreement rescinded by DHS after the Supreme Court\'s ruling on Arizona\'s SB 1070',
    ending: 'DHS rescinded its task force agreement on 2012-06-25.',
    sourceIds: ['ice-287g-end-azcapitoltimes-2012-06-25'],
    note: 'The pre-2018 file lists the models as "Jail Enforcement -> Task Force" (recorded under the first); DHS rescinded its 287(g) task force agreement with the Arizona Department of Public Safety on 2012-06-25. The pre-2018 file\'s end (2013-10-01) only marks where its roster coverage stops.',
    confidence: 'medium',
  },
  '287g-az-city-of-phoenix-pd-jem-2008-03-10': {
    end: '2012-06-25',
    endNote: 'task force agreement rescinded by DHS after the Supreme Court\'s ruling on Arizona\'s SB 1070',
    ending: 'DHS rescinded its task force agreement on 2012-06-25.',
    sourceIds: ['ice-287g-end-azcapitoltimes-2012-06-25'],
    note: 'The pre-2018 file lists the models as "Jail Enforcement -> Task Force" (recorded under the first); DHS rescinded its 287(g) task force agreement with the Phoenix Police Department on 2012-06-25. The pre-2018 file\'s end (2013-10-01) only marks where its roster coverage stops.',
    confidence: 'medium',
  },
  '287g-nc-alamance-so-jem-2007-01-10': {
    end: '2013-01-01',
    endNote: 'terminated in 2012 after the Justice Department\'s action against the Sheriff\'s Office (exact date not found; 2013-01-01 is an upper bound)',
    ending: 'It was terminated in 2012 (exact date not known).',
    sourceIds: ['ice-287g-end-timesnews-2018-11-17', SOURCE_IDS.wapo],
    note: 'UNCERTAIN END DATE: the Times-News reports the agreement was terminated after the Justice Department\'s 2012 action and that the jail held ICE detainees until 2012; The Washington Post\'s table flags the agency until 2012. No source read gives the day, so the end is recorded as the upper bound 2013-01-01.',
    confidence: 'low',
  },
  '287g-nm-new-mexico-doc-jem-2007-09-17': {
    end: '2013-10-01',
    endNote: 'end date not known: the pre-2018 file\'s roster coverage stops on 2013-09-30',
    ending: 'When it ended is not known; it is recorded as ending 2013-10-01, where the roster coverage stops.',
    sourceIds: [SOURCE_IDS.wapo],
    note: 'UNCERTAIN END DATE: no source read dates the end of this agreement. The Washington Post\'s table flags the department in 2007 only ("They had an MOA in 2007; cannot find record of them ending MOA"); the recorded end (2013-10-01) is only where the pre-2018 file\'s roster coverage stops.',
    confidence: 'low',
  },
  '287g-ca-riverside-so-jem-2006-04-28': postYears(2014, ' ("Sheriff ended participation")'),
  '287g-ca-san-bernardino-so-jem-2005-10-19': postYears(2014, ''),
  '287g-va-rockingham-so-jem-2007-04-25': postYears(2012, ' ("Board of supervisors voted not to renew")'),
  '287g-va-shenandoah-so-jem-2013-06-28': postYears(2013, ''),
  '287g-nc-mecklenburg-so-jem-2017-02-28': {
    end: '2018-12-05',
    endNote: 'ended by Sheriff Garry McFadden\'s letter to ICE on his first day in office',
    ending: 'Sheriff Garry McFadden ended it on 2018-12-05.',
    sourceIds: ['ice-287g-end-wfae-2018-12-05'],
    note: 'Sheriff Garry McFadden\'s letter ending the county\'s participation was delivered to ICE on 2018-12-05, the day after he was sworn in; The Washington Post\'s table (last year flagged 2018) gave only "ended by 2019".',
    confidence: 'high',
  },
  '287g-nc-wake-so-jem-2016-06-08': {
    end: '2018-12-07',
    endNote: 'ended by Sheriff Gerald Baker, announced 2018-12-07',
    ending: 'Sheriff Gerald Baker ended it on 2018-12-07.',
    sourceIds: ['ice-287g-end-abc11-2018-12-07', 'ice-287g-end-ap-2018-12-09'],
    note: 'Sheriff Gerald Baker, sworn in on 2018-12-03, announced on 2018-12-07 that the county had ended the agreement; the exact day the notice reached ICE is not published. The Washington Post\'s table (last year flagged 2018) gave only "ended by 2019".',
    confidence: 'medium',
  },
  '287g-ar-rogers-pd-tfm-2007-09-25': taskForce('Rogers Police Department'),
  '287g-co-colorado-department-of-public-safety-tfm-2007-03-29': taskForce('Colorado Department of Public Safety'),
  '287g-ct-city-of-danbury-pd-tfm-2009-10-15': taskForce('Danbury Police Department'),
  '287g-fl-florida-department-of-law-enforcement-tfm-2002-07-02': taskForce('Florida Department of Law Enforcement'),
  '287g-nc-city-of-durham-pd-tfm-2008-02-01': taskForce('Durham Police Department'),
  '287g-sc-beaufort-so-tfm-2008-06-25': taskForce("Beaufort County Sheriff's Office"),
  '287g-tn-tennessee-highway-patrol-department-of-safety-tfm-2008-06-25': taskForce('Tennessee Highway Patrol'),
  '287g-va-herndon-pd-tfm-2007-03-21': taskForce('Herndon Police Department'),
  '287g-va-loudoun-so-tfm-2008-06-25': taskForce("Loudoun County Sheriff's Office"),
  '287g-va-prince-william-county-pd-tfm-2008-02-26': taskForce('Prince William County Police Department'),
};

export function endSourceRows(cited: ReadonlySet<string>): { id: string; title: string; publisher: string; url: string; published_date: string; accessed_date: string; notes: string }[] {
  return Object.entries(END_SOURCES)
    .filter(([id]) => cited.has(id))
    .map(([id, s]) => ({ id, ...s, accessed_date: s.accessed_date ?? ACCESSED }));
}
