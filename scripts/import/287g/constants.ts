/** Fixed inputs of the 287(g) import: raw file paths, source ids, model wording, and hand corrections ICE's names need. */
import type { AgencyType, Model287g } from '../../../src/domain/schema';

export const RAW_FILES = {
  union: 'ice-287g-participating/agreements_union_2021-01_to_2026-05.csv',
  latest: 'ice-287g-participating/participating_agencies_latest.csv',
  snapshots: 'ice-287g-participating/snapshot_index.csv',
  pre2018: 'ice-287g-pre2018/pre2018_agreements_best_guess_condensed.csv',
  wapo: 'wapo-287g-sheriffs-2005-2019/287g_curated_2019.csv',
  /** MOA links of agreements that left ICE's list, kept from the last list that showed them (written by data:import-287g). */
  moaLinks: 'ice-287g-participating/moa_links_earlier_lists.csv',
} as const;

/** The header each raw file must have (the reader refuses a file whose columns changed). */
export const RAW_COLUMNS: Record<keyof typeof RAW_FILES, readonly string[]> = {
  union: ['state', 'agency', 'agency_type', 'county', 'support_type', 'signed', 'first_seen', 'last_seen', 'on_latest_list', 'n_snapshot_files'],
  latest: ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA', 'ADDENDUM', 'MOA_URL', 'ADDENDUM_URL'],
  snapshots: ['file', 'snapshot_date', 'date_basis', 'rows'],
  pre2018: [
    'state', 'agency', 'jurisdiction_level', 'county_fips', 'county_name', 'first_signed_best', 'first_signed_source', 'latest_signed',
    'signing_dates', 'models', 'active_from', 'active_to', 'terminated', 'n_sources', 'confidence', 'note',
  ],
  moaLinks: ['state', 'agency', 'support_type', 'signed', 'moa_url', 'addendum_url', 'list_date'],
  wapo: [
    'Sheriff', 'State', 'County', 'ori', 'bsu', 'FIPS', 'SUBSET', 'ignore', 'Joined after 2018? (Y/N)',
    ...Array.from({ length: 15 }, (_, i) => `y${2005 + i}`), 'NOTES', 'SHERIFF? (for counties that ended agreements)',
  ],
};

export const ICE_PAGE = 'https://www.ice.gov/identify-and-arrest/287g';
export const ICE_REPO = 'RelevantResearch/287g-DetentionData';
export const ICE_REPO_COMMIT = '4f9d1c35b402db277e61c03bc85f8230713c4f3b';
export const PRE2018_URL =
  'https://github.com/deportationdata/ice-287g/blob/92556ed51e6084d8672c45611063fc2e2956160a/data/pre2018-agreements-best-guess.csv';
export const WAPO_URL =
  'https://github.com/wpinvestigative/sheriffs_287g/blob/9dbc96243f78b4481d4a14311e20181a8e7a2677/data/raw_data/287g_curated_2019.xlsx';
/** The day the shared copies of the secondary sources were gathered. */
export const SECONDARY_ACCESSED = '2026-11-27';

export const SOURCE_IDS = {
  pre2018: 'deportationdata-287g-pre2018',
  wapo: 'wapo-287g-sheriffs-2005-2019',
  list: (date: string) => `ice-287g-list-${date}`,
} as const;

export const MODEL_LABEL: Record<Model287g, string> = {
  jail_enforcement: 'Jail Enforcement Model',
  task_force: 'Task Force Model',
  warrant_service_officer: 'Warrant Service Officer',
};
export const MODEL_ABBR: Record<Model287g, string> = { jail_enforcement: 'jem', task_force: 'tfm', warrant_service_officer: 'wso' };
export const MODEL_DUTIES: Record<Model287g, string> = {
  jail_enforcement:
    'designated officers, trained and supervised by ICE, identify and process removable noncitizens booked into the jail',
  task_force:
    'designated officers, trained and supervised by ICE, may enforce immigration law during their routine police duties',
  warrant_service_officer:
    'designated officers, trained by ICE, may serve and execute ICE administrative warrants on people held in the jail',
};

/** ICE printed these state names misspelled; the agreements are the same. */
export const STATE_TYPOS: Record<string, string> = {
  PENNSLYVANIA: 'PENNSYLVANIA',
  'WEST VIRIGINIA': 'WEST VIRGINIA',
  UTAHJ: 'UTAH',
  'DELAWARE**': 'DELAWARE',
};

/** Two listings of one agency and model whose signing dates differ by at most this are one agreement re-dated by ICE. */
export const SAME_AGREEMENT_DAYS = 14;

/**
 * Hand corrections where a name cannot be matched mechanically, keyed `ST|agency name as printed`.
 * Each carries the reason, which goes into the record's notes.
 */
export interface Override {
  agencyType?: AgencyType;
  county?: string;
  place?: string;
  note: string;
}
export const OVERRIDES: Record<string, Override> = {
  "FL|Waria-labelon County Sheriff's Office": {
    county: 'Walton County',
    note: "ICE's page as captured in Dec 2024 printed a garbled name (\"Waria-labelon County\"); its signing date 2019-05-06 and model match Walton County's Warrant Service Officer agreement.",
  },
  'MI|Center Line Division of Public Safety and Security': {
    agencyType: 'police',
    place: 'Center Line',
    note: 'ICE typed it "State"; Center Line is a city in Macomb County, so it is recorded as the city\'s police agency.',
  },
  'NV|Las Vegas Metropolitan Police Department': {
    agencyType: 'sheriff',
    note: 'LVMPD is headed by the elected Clark County Sheriff and runs the Clark County Detention Center, so it is recorded as the county\'s sheriff (ICE types it by its name).',
  },
  'NC|Albemarle District Jail': {
    county: 'Pasquotank County',
    note: 'ICE lists the county as "Albemarle County", which does not exist in North Carolina; the Albemarle District Jail is in Elizabeth City, Pasquotank County, and serves several northeastern counties.',
  },
  'FL|Boca Raton Police Services Department': { county: 'Palm Beach County', place: 'Boca Raton', note: 'ICE printed no county; Palm Beach County and the town name "Boca Raton" were added by the importer.' },
  'FL|Boca Raton Police Department': { county: 'Palm Beach County', place: 'Boca Raton', note: 'ICE printed no county; Palm Beach County and the town name "Boca Raton" were added by the importer.' },
  'FL|Gulf Stream Police Department': { county: 'Palm Beach County', note: 'ICE printed no county; Palm Beach County was added by the importer from the agency\'s location.' },
  'FL|Jupiter Inlet Colony Police Department': { county: 'Palm Beach County', note: 'ICE printed no county; Palm Beach County was added by the importer from the agency\'s location.' },
  'FL|Lake Clark Shores Police Department': { county: 'Palm Beach County', place: 'Lake Clarke Shores', note: 'ICE printed no county and spelled the town differently; Palm Beach County and the town name "Lake Clarke Shores" were added by the importer.' },
  'FL|Lake Clarke Shores Police Department': { county: 'Palm Beach County', place: 'Lake Clarke Shores', note: 'ICE printed no county; Palm Beach County and the town name "Lake Clarke Shores" were added by the importer.' },
  'FL|Indian Creek Village Department of Public Safety': { county: 'Miami-Dade County', place: 'Indian Creek', note: 'ICE printed no county; Miami-Dade County and the town name "Indian Creek" were added by the importer.' },
  'FL|Sunny Isles Police Department': { county: 'Miami-Dade County', place: 'Sunny Isles Beach', note: 'ICE printed no county and spelled the town differently; Miami-Dade County and the town name "Sunny Isles Beach" were added by the importer.' },
  'FL|Indialantic Police Department': { county: 'Brevard County', place: 'Indialantic', note: 'ICE printed no county; Brevard County and the town name "Indialantic" were added by the importer.' },
  'FL|Indiatlantic Police Department': { county: 'Brevard County', place: 'Indialantic', note: 'ICE printed no county and spelled the town differently; Brevard County and the town name "Indialantic" were added by the importer.' },
  'FL|Jupiter Island Department of Public Safety': { county: 'Martin County', note: 'ICE printed no county; Martin County was added by the importer from the agency\'s location.' },
  'FL|Key Colony Beach Police Department': { county: 'Monroe County', note: 'ICE printed no county; Monroe County was added by the importer from the agency\'s location.' },
  'FL|Macro Island Police Department': { county: 'Collier County', place: 'Marco Island', note: 'ICE printed no county and spelled the town differently; Collier County and the town name "Marco Island" were added by the importer.' },
  'FL|Marco Island Police Department': { county: 'Collier County', place: 'Marco Island', note: 'ICE printed no county; Collier County and the town name "Marco Island" were added by the importer.' },
  'FL|Shalimar Police Department': { county: 'Okaloosa County', note: 'ICE printed no county; Okaloosa County was added by the importer from the agency\'s location.' },
  'FL|Florida A&M University Board of Trustees': { county: 'Leon County', note: 'ICE printed no county; Leon County, where the campus or airport is, was added by the importer.' },
  'FL|Tallahassee State College Police Department': { county: 'Leon County', note: 'ICE printed no county; Leon County, where the campus or airport is, was added by the importer.' },
  'FL|Florida Gulf Coast University Police Department': { county: 'Lee County', note: 'ICE printed no county; Lee County, where the campus or airport is, was added by the importer.' },
  'FL|Florida Southwestern State College Police Department': { county: 'Lee County', note: 'ICE printed no county; Lee County, where the campus or airport is, was added by the importer.' },
  'FL|Florida International University Police Department': { county: 'Miami-Dade County', note: 'ICE printed no county; Miami-Dade County, where the campus or airport is, was added by the importer.' },
  'FL|Florida Polytechnic University Police Department': { county: 'Polk County', note: 'ICE printed no county; Polk County, where the campus or airport is, was added by the importer.' },
  'FL|Florida State College at Jacksonville Police Department': { county: 'Duval County', note: 'ICE printed no county; Duval County, where the campus or airport is, was added by the importer.' },
  'FL|University of North Florida Police Department': { county: 'Duval County', note: 'ICE printed no county; Duval County, where the campus or airport is, was added by the importer.' },
  'FL|Melbourne International Airport Police Department': { county: 'Brevard County', note: 'ICE printed no county; Brevard County, where the campus or airport is, was added by the importer.' },
  'FL|Northwest Florida State College Police Department': { county: 'Okaloosa County', note: 'ICE printed no county; Okaloosa County, where the campus or airport is, was added by the importer.' },
  'FL|Sanford Airport Police Department': { county: 'Seminole County', note: 'ICE printed no county; Seminole County, where the campus or airport is, was added by the importer.' },
  'FL|University of Florida Police Department': { county: 'Alachua County', note: 'ICE printed no county; Alachua County, where the campus or airport is, was added by the importer.' },
  'FL|University of West Florida Police Department': { county: 'Escambia County', note: 'ICE printed no county; Escambia County, where the campus or airport is, was added by the importer.' },
  'IN|Green Forks Police Department': { county: 'Wayne County', place: 'Greens Fork', note: 'ICE printed no county and spelled the town differently; Wayne County and the town name "Greens Fork" were added by the importer.' },
  'IN|Greens Fork Police Department': { county: 'Wayne County', place: 'Greens Fork', note: 'ICE printed no county; Wayne County and the town name "Greens Fork" were added by the importer.' },
  'IN|Greens Forks Police Department': { county: 'Wayne County', place: 'Greens Fork', note: 'ICE printed no county; Wayne County and the town name "Greens Fork" were added by the importer.' },
  'LA|Greenwood Police Department': { county: 'Caddo Parish', note: 'ICE printed no county; Caddo Parish was added by the importer from the agency\'s location.' },
  'ME|Wells Police Department': { county: 'York County', note: 'ICE printed no county; York County was added by the importer from the agency\'s location.' },
  'MO|Saint Mary Police Department': { county: 'Ste. Genevieve County', note: 'ICE printed no county; Ste. Genevieve County was added by the importer from the agency\'s location.' },
  'NH|Carroll Police Department': { county: 'Coos County', note: 'ICE printed no county; Coos County was added by the importer from the agency\'s location.' },
  'NH|Pittsburgh Police Department': { county: 'Coos County', place: 'Pittsburg', note: 'ICE printed no county; Coos County and the town name "Pittsburg" were added by the importer.' },
  'OK|Sterling Police Department': { county: 'Comanche County', note: 'ICE printed no county; Comanche County was added by the importer from the agency\'s location.' },
  'SC|Coward Police Department': { county: 'Florence County', note: 'ICE printed no county; Florence County was added by the importer from the agency\'s location.' },
  'PA|Damascus Township Constable': { county: 'Wayne County', note: 'ICE printed no county; Wayne County was added by the importer from the agency\'s location.' },
  'PA|Preston Township Constable\'s Office': { county: 'Wayne County', note: 'ICE printed no county; Wayne County was added by the importer from the agency\'s location.' },
  'PA|New Sewickley Township Police Department': { county: 'Beaver County', note: 'ICE printed no county; Beaver County was added by the importer from the agency\'s location.' },
  'PA|Sewickley Township Constable\'s Office': { county: 'Westmoreland County', note: 'ICE printed no county; Westmoreland County was added by the importer from the agency\'s location.' },
  'VA|Rappahannock, Shenandoah, Warren Regional Jail Authority': { county: 'Warren County', note: 'ICE printed no county; the RSW Regional Jail, serving Rappahannock, Shenandoah and Warren counties, is in Front Royal, Warren County, where the importer records it.' },
  'VA|Rappahannok,Shenandoah, Warren Regional Jail Authority': { county: 'Warren County', note: 'ICE printed no county; the RSW Regional Jail, serving Rappahannock, Shenandoah and Warren counties, is in Front Royal, Warren County, where the importer records it.' },
  'NC|Albermarle District Jail': {
    county: 'Pasquotank County',
    note: 'ICE lists the county as "Albermarle County", which does not exist in North Carolina; the Albemarle District Jail is in Elizabeth City, Pasquotank County, and serves several northeastern counties.',
  },
};
