/**
 * The names people use for agencies whose policy sits on a city's or county's record: "NYPD" for
 * the New York City Police Department (its limits are New York City's laws), "Metro" for the Las
 * Vegas Metropolitan Police Department (on Clark County's record), and so on. Each entry opens the
 * jurisdiction whose record holds the policy; entries whose jurisdiction the data lacks are skipped.
 * Abbreviations are the agencies' own (used on their sites and in the cited sources).
 */
export interface CommonName {
  /** The agency's name as shown in the results. */
  agency: string;
  /** What people type (normalised: lower case, no punctuation). */
  names: readonly string[];
  /** The jurisdiction holding the agency's policy records. */
  target: string;
}

export const COMMON_AGENCY_NAMES: readonly CommonName[] = [
  { agency: 'New York City Police Department (NYPD)', names: ['nypd', 'new york police department', 'new york police'], target: 'NY-new-york' },
  { agency: 'Los Angeles Police Department (LAPD)', names: ['lapd', 'los angeles police'], target: 'CA-los-angeles' },
  { agency: 'Los Angeles County Sheriff’s Department (LASD)', names: ['lasd', 'los angeles county sheriff', 'la county sheriff', 'los angeles sheriff'], target: '06037' },
  { agency: 'Las Vegas Metropolitan Police Department (LVMPD, “Metro”)', names: ['lvmpd', 'metro', 'las vegas metro', 'las vegas police', 'metro police'], target: '32003' },
  { agency: 'Chicago Police Department (CPD)', names: ['cpd', 'chicago police'], target: 'IL-chicago' },
  { agency: 'San Francisco Police Department (SFPD)', names: ['sfpd', 'san francisco police'], target: 'CA-san-francisco' },
  { agency: 'San Francisco Sheriff’s Department (SFSD)', names: ['sfsd', 'san francisco sheriff'], target: '06075' },
  { agency: 'Cook County Sheriff’s Office (CCSO)', names: ['ccso', 'cook county sheriff'], target: '17031' },
  { agency: 'Maricopa County Sheriff’s Office (MCSO)', names: ['mcso', 'maricopa county sheriff'], target: '04013' },
  { agency: 'Metropolitan Police Department of the District of Columbia (MPD)', names: ['mpd', 'dc police', 'dc metropolitan police'], target: '11' },
  { agency: 'Philadelphia Police Department (PPD)', names: ['ppd', 'philadelphia police'], target: 'PA-philadelphia' },
  { agency: 'New Orleans Police Department (NOPD)', names: ['nopd', 'new orleans police'], target: 'LA-new-orleans' },
  { agency: 'Orleans Parish Sheriff’s Office (OPSO)', names: ['opso', 'orleans parish sheriff'], target: '22071' },
  { agency: 'Seattle Police Department (SPD)', names: ['spd', 'seattle police'], target: 'WA-seattle' },
  { agency: 'Boston Police Department (BPD)', names: ['bpd', 'boston police'], target: 'MA-boston' },
  { agency: 'Portland Police Bureau (PPB)', names: ['ppb', 'portland police'], target: 'OR-portland' },
  { agency: 'Denver Police Department (DPD)', names: ['dpd', 'denver police'], target: 'CO-denver' },
];
