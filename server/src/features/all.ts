/**
 * Loads every feature area so it can add its providers to the registry. One import per
 * area; the order is the order providers are asked.
 */
import './references';
import './terms';
import './timelines';
import './review';
import './structureTokens';
export {};
