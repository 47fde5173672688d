/** The pure drafts API the pane and the command line call (no docx/exceljs here). */
export { draftsFromAnalysis, draftPlan, buildDraft, draftsByPupil, isLeerplichtFlag, isNietMelden, allLessonsMissed, todayIso } from './buildDrafts';
export type { DraftPlan, RefusedNietMelden } from './buildDrafts';
export { validateDraft, draftWarnings } from './validateDraft';
export { parentLetters, letterPlan, buildParentLetter, letterKindOf, fillPlaceholders, contactSentence } from './letters';
export type { ParentLetter, LetterPlan, SkippedLetter, LetterSkipReason } from './letters';
export { isValidPgn } from './pgn';
export { longDutchDate, hoursInWords } from './dutchText';
export { DEFAULT_LETTER_TEXTS, LETTER_KINDS, LETTER_PLACEHOLDERS, LETTER_TEXT_KEYS } from './letterTexts';
export { buildDraftsSheet, readDraftsSheetEntries, DRAFTS_SHEET_NAME, DRAFTS_SHEET_TABLE_NAME } from './draftsSheet';
export type { DraftsSheetBuild } from './draftsSheet';
export { draftsCsvFile } from './draftsCsv';
export { draftsTable, specificationTable } from './draftsTable';
export { maskBsn, documentFileName } from './privacy';
export type * from './types';
export { mimeTypeOf } from '../export/table';
export type { GeneratedFile } from '../export/table';
