// Moved to the core so the command line shares it; the pane keeps importing it from here.
export * from '../../core/calendar/holidayCoverage';
