/** Le scelte dei menu dei moduli, in italiano: i valori del formato restano quelli dello schema. */
export const choicesIt = {
  locale: { it: 'Italiano', en: 'Inglese' },
  channel: { 'live-chat': 'Live chat sul sito', 'social-thread': 'Thread pubblico su un social', 'messaging-app': 'App di messaggistica' },
  register: { formal: 'Formale (Lei)', informal: 'Informale (tu)' },
  phase: { opening: 'Accoglienza', handling: 'Gestione', closing: 'Chiusura' },
  outcome: { resolved: 'Risolta', abandoned: 'Abbandonata', escalated: 'Trasferita', unresolved: 'Non risolta' },
  known: { no: 'Nessuno', customer: 'Il cliente l’ha detto', company: 'L’azienda ce l’ha' },
};
export type Choices = typeof choicesIt;
