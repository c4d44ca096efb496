// The package's programmatic entry (`import { withRecording } from 'agentvet'`): cassettes for tests,
// and the recording reader for tools that read recordings.
export { CASSETTE_MODE_ENV, CASSETTE_MODES, CassetteDivergenceError, CassetteError, withRecording } from './cassette.js';
export type { CassetteMode, WithRecordingOptions } from './cassette.js';
export { readRecording, RecordingFormatError } from './reading.js';
export type { Recording } from './reading.js';
export type { RecordingEvent, RecordingHeader } from './schema.js';
export type { DivergenceReport } from './replay/divergence.js';
