/**
 * Registers every language at once, synchronously, for code that runs outside the browser app
 * (tests, build scripts): importing this module makes `stringsFor('es')` Spanish without a fetch.
 */
import { spanish } from './spanish';
import { registerLang } from './strings';

registerLang('es', spanish);
