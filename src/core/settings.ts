/** A community's settings: the stored shape lives in src/model (db stores it, core decides with it). */
export * from '../model/settings.js';
