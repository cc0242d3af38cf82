/** What the Share button needs on click (the view's link and the copy), a chunk fetched on intent (./ShareButton.tsx). */
export { copyText } from './copy';
export { viewUrl } from './link';
