/**
 * The controls' entry: the one script every page loads (plugins/islands.ts imports it a frame
 * after the HTML is in). Each import defines the custom element of a control of the page's
 * frame (navbar, phone menu); the browser upgrades its markup. A control that only some pages
 * carry is not imported here: its page renders its script (ControlScript). The search code loads
 * on first focus. tests/e2e/bundles.spec.ts holds what each page loads.
 */
import './color-mode/color-mode';
import './language-links/language-links';
import './search-box/search-box';
