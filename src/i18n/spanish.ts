/**
 * Everything Spanish the app shows, in one module: the browser loads it as a chunk of its own when
 * the page turns Spanish (./strings.ts `loadLang`), so an English first load does not carry it.
 */
import { es } from './es';
import { es as panel } from './panel-es';
import { es as classroom } from './strings-classroom-es';
import { es as classroomLate } from './strings-classroom-late-es';
import { es as layout } from './strings-layout-es';

export const spanish = { table: es, classroom, layout, panel, classroomLate };
