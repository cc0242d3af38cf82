/**
 * The few strings the frame's layout adds (toolbar menu, search icon, legend key, bottom sheet,
 * month/year pickers), in English (Spanish in ./strings-layout-es.ts, part of the Spanish chunk).
 */
export const en = {
  menu: 'Menu',
  menuLabel: 'Menu: share, present, download and more',
  search: 'Search',
  searchOpen: 'Find a place',
  searchClose: 'Close search',
  legendMore: 'Key',
  legendMoreLabel: 'Show the colour key with its labels',
  sheetHandleExpand: 'Show the details at full height',
  sheetHandleCollapse: 'Show the details at half height',
  month: 'Month',
  year: 'Year',
  pickDate: 'Go to a month',
  mapOptions: 'Map options',
};

export type LayoutStrings = typeof en;
