/** Spanish text of the frame's layout (./strings-layout.ts), in the Spanish chunk (./spanish.ts). */
import type { LayoutStrings } from './strings-layout';

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
