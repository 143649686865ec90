/** The TRiM risk-assessment tool: the stored shape and its scoring live in src/model (db stores it, core decides with it). */
export * from '../../model/risk-tool.js';
