/// <reference types="vite/client" />

declare module 'virtual:galateo-scenarios' {
  /** The scenarios bundled at build time, already validated (defaults filled in). */
  const scenarios: import('../engine/index.ts').Scenario[];
  export default scenarios;
}
