import COLOURS from './style/colours.css?inline';
import RULES from './warning.css?inline';

/** The warning's shadow-root style sheet: the shared colours, then its own rules (minified by the build). */
export const WARNING_CSS = COLOURS + RULES;
