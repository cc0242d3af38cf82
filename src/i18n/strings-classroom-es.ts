/**
 * Spanish text of the classroom and newsroom features (./strings-classroom.ts holds the English
 * and the type). A file of its own so the browser loads it only when the page turns Spanish
 * (./spanish.ts).
 */
import type { ClassroomStrings } from './strings-classroom';

export const es: ClassroomStrings = {
  toolbarLabel: 'Compartir, presentar y descargar',
  about: 'Acerca de este mapa',
  present: 'Presentar',
  presentLabel: 'Modo presentación: pantalla completa, letra grande, control con el teclado',
  tour: 'Recorrido guiado',
  tourLabel: 'Iniciar el recorrido guiado por momentos clave',
  share: 'Compartir',
  shareLabel: 'Copiar un enlace a esta vista exacta',
  embed: 'Insertar',
  embedLabel: 'Obtener el código para insertar este mapa en una página web',
  download: 'Descargar',
  downloadLabel: 'Descargar la imagen del mapa o los datos',
  close: 'Cerrar',

  play: 'Reproducir',
  pause: 'Pausa',
  playLabel: 'Reproducir la línea de tiempo desde esta fecha',
  playFromStartLabel: 'Reproducir la línea de tiempo desde el principio',
  pauseLabel: 'Pausar la línea de tiempo',
  speed: 'Velocidad',
  speeds: { slow: 'Lenta (30 s)', normal: 'Normal (15 s)', fast: 'Rápida (8 s)' },
  reducedMotionNote: 'Movimiento reducido: avanza de año en año.',



  shareCopied: 'Enlace copiado. Abre esta vista exacta: fecha, selección, posición del mapa, capa e idioma.',
  shareManual: 'No se puede copiar automáticamente aquí. Seleccione el enlace y cópielo:',
  shareLinkLabel: 'Enlace a esta vista',

  embedCredit: 'Policía, cárceles e ICE: quién coopera y desde cuándo',
  embedOpenFull: 'Abrir el mapa completo',
  embedDataAsOf: 'Datos al {{date}}',

  downloadPreparing: 'Preparando la descarga…',
  downloadDone: 'Descargado: {{file}}.',


};
