/**
 * The few strings the frame's layout adds (toolbar menu, search icon, legend key, bottom sheet,
 * month/year pickers), in English and Spanish, with the same keys in both.
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

export const es: LayoutStrings = {
  menu: 'Menú',
  menuLabel: 'Menú: compartir, presentar, descargar y más',
  search: 'Buscar',
  searchOpen: 'Buscar un lugar',
  searchClose: 'Cerrar la búsqueda',
  legendMore: 'Leyenda',
  legendMoreLabel: 'Mostrar la leyenda de colores con sus nombres',
  sheetHandleExpand: 'Mostrar los detalles a toda altura',
  sheetHandleCollapse: 'Mostrar los detalles a media altura',
  month: 'Mes',
  year: 'Año',
  pickDate: 'Ir a un mes',
  mapOptions: 'Opciones del mapa',
};
