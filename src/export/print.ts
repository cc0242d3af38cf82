/**
 * Printing the page: the print stylesheet (src/export/print.css) lays the page out for
 * paper; this adds a still image of the map on top of the WebGL canvas while printing, because a
 * canvas without preserveDrawingBuffer can print blank. The frame is rendered and read in the
 * same task (map.redraw(), then toDataURL), as for the PNG export.
 */
import { getMapInstance } from './mapHandle';

export const PRINT_SNAPSHOT_CLASS = 'print-snapshot';

export function installPrintSnapshot(win: Window = window): () => void {
  let image: HTMLImageElement | null = null;
  const remove = () => {
    image?.remove();
    image = null;
  };
  const before = () => {
    remove();
    const map = getMapInstance();
    if (map === null) return;
    try {
      map.redraw();
      const url = map.getCanvas().toDataURL('image/png');
      image = win.document.createElement('img');
      image.className = PRINT_SNAPSHOT_CLASS;
      image.alt = '';
      image.src = url;
      map.getContainer().append(image);
    } catch (error) {
      // A tainted or lost context: print without the snapshot.
      console.error(error);
      remove();
    }
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', remove);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', remove);
    remove();
  };
}
