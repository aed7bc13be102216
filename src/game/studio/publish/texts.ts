/** The publishing part's strings, in the trainer's language (the studio's, not the scenario's). */
export const texts = {
  it: {
    heading: 'Pubblica in una classe',
    loading: 'Caricamento delle tue classi...',
    noClasses: 'In questo browser non c’è nessuna tua classe: creane una da «Classe → Crea una classe», o apri qui il link segreto da formatore di una classe.',
    classLabel: 'Classe',
    classOption: '{name} (codice {code})',
    publish: 'Pubblica nella classe',
    publishing: 'Controllo e pubblicazione in corso...',
    published: 'Pubblicato in «{name}»: versione {revision}. I partecipanti lo trovano tra gli scenari della classe (codice {code}).',
    unchanged: '«{name}» ha già questo testo come versione {revision}: nulla è cambiato (codice {code}).',
    refused: 'Non pubblicato:',
    unreachable: 'Il server della classe non risponde: riprova tra poco.',
    'error.invalid-scenario': 'lo scenario ha dei problemi; correggili e riprova.',
    'error.bundled-scenario-id': 'questo id è già di uno scenario incluso nel gioco: cambia la riga «id:».',
    'error.too-many-scenarios': 'la classe ha già il numero massimo di scenari.',
    'error.payload-too-large': 'il file è troppo grande.',
    'error.forbidden': 'il token da formatore di questa classe non è più valido.',
    'error.class-not-found': 'la classe non esiste più.',
    'error.rate-limited': 'troppe pubblicazioni in poco tempo: riprova tra un minuto.',
  },
  en: {
    heading: 'Publish to a class',
    loading: 'Loading your classes...',
    noClasses: 'This browser holds none of your classes: create one from “Class → Create a class”, or open a class’s secret trainer link here.',
    classLabel: 'Class',
    classOption: '{name} (code {code})',
    publish: 'Publish to the class',
    publishing: 'Checking and publishing...',
    published: 'Published to “{name}”: version {revision}. Trainees find it among the class’s scenarios (code {code}).',
    unchanged: '“{name}” already has this text as version {revision}: nothing changed (code {code}).',
    refused: 'Not published:',
    unreachable: 'The class server is not answering: try again shortly.',
    'error.invalid-scenario': 'the scenario has problems; fix them and try again.',
    'error.bundled-scenario-id': 'this id belongs to a scenario that comes with the game: change the “id:” line.',
    'error.too-many-scenarios': 'the class already has as many scenarios as it can.',
    'error.payload-too-large': 'the file is too large.',
    'error.forbidden': 'this class’s trainer token is no longer valid.',
    'error.class-not-found': 'the class no longer exists.',
    'error.rate-limited': 'too many uploads in a short time: try again in a minute.',
  },
} as const;

export type PublishTexts = (typeof texts)['it'];
export type PublishTextKey = keyof PublishTexts;

/** A string with its `{name}` slots filled. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}
