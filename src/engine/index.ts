/** The engine's public surface: pure TypeScript, no DOM, no Phaser, no Node-only modules. */
export { analyzeReply } from './analysis/analyzeReply.ts';
export type { Register, ReplyAnalysis, StyleIssue, RegisterCue } from './analysis/replyAnalysis.ts';
export type { Entity, EntityType } from './analysis/entities/entity.ts';
export { explainReply, explainTransitions, type ChatContext, type IntentMatch, type MatchCue, type ReplyExplanation, type TransitionCheck } from './explain/explainReply.ts';
export { LOCALES, LOCALE_CODES, isLocale, type Locale } from './language/locales.ts';
export { prepareLocale, prepareLocales, morphologyOf } from './language/prepareLocale.ts';
export type { Morphology } from './morphology/morphology.ts';
export { compileScenario, type CompiledScenario } from './compileScenario.ts';
export { scenarioVersion } from './scenario/scenarioVersion.ts';
export { loadScenario, type LoadResult, type LoadOptions } from './scenario/loadScenario.ts';
export { AUTHOR_LANGUAGES, isAuthorLanguage, type AuthorLanguage } from './scenario/authorMessages.ts';
export { formatProblem, type Problem } from './scenario/problem.ts';
export { parseYamlSource } from './scenario/yamlSource.ts';
export { ScenarioSchema, ReplySchema, type Scenario, type Reply, type Outcome, type ScenarioTest, type BlessedResult, type TestGrade, type Transition } from './scenario/scenarioSchema.ts';
export { CHANNELS, type Channel } from './scenario/channels.ts';
export { PHASES, type Phase } from './scenario/phases.ts';
export { DIMENSION_REGISTRY, DIMENSIONS, DEFAULT_WEIGHTS, type Dimension } from './scoring/dimensions/index.ts';
export type { DimensionDescriptor } from './scoring/dimensions/dimensionDescriptor.ts';
export { loadReplies } from './session/loadReplies.ts';
export { ChatSession, TYPING_EVERY_MS, type ChatMessage, type AgentReply } from './session/chatSession.ts';
export { replayReplies, replaySessionLog } from './session/replay.ts';
export { SessionLogSchema, PlaytestLogSchema, SessionStartSchema, type SessionLog, type SessionEvent, type SessionStart } from './session/sessionLog.ts';
export { MAX_REPLY_LENGTH, cutReply } from './session/replyLimit.ts';
export { scoreSession } from './scoring/scoreSession.ts';
export { dimensionLabel, ruleTexts, type RuleTexts } from './scoring/ruleTexts.ts';
export { ReportSchema, type Report, type Finding } from './scoring/reportSchema.ts';
export { runScenarioTests, runScenarioTest, type ScenarioTestResult } from './runScenarioTests.ts';
export {
  calibrationHalves,
  hasDrifted,
  CLEAR_PAIR_GAP,
  largestDifferences,
  MISS_ENGINE_SCORE,
  MISS_EXPERT_GRADE,
  UNJUST_GRADE,
  type CalibrationFigures,
  type CalibrationRow,
} from './calibration/calibrationFigures.ts';
export { loadPanelConversation, type PanelConversation } from './calibration/panelSchema.ts';
export { cannedReplies, customerRecord, uneditedCanned, type ConsoleCannedReply, type RecordEntry } from './console/agentConsole.ts';
export { blessResult, compareWithBlessed, customerLines, type BlessedComparison, type ScoreChange } from './studio/blessedResult.ts';
export { lineDiff, type DiffLine } from './studio/lineDiff.ts';
export { calibrateTests, type GradedTest, type TestCalibration } from './studio/testCalibration.ts';
export { BUILT_IN_INTENTS } from './analysis/replyAnalysis.ts';
export { REPLY_SIGNALS } from './persona/replySignals.ts';
export { scenarioJsonSchema } from './scenario/scenarioJsonSchema.ts';
