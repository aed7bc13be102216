import { describe, expect, it } from 'vitest';
import { getLanguageData } from '../language/locales.ts';
import { recognizeIntents } from './recognizeIntents.ts';
import { tokenize } from './tokenize.ts';
import type { Locale } from '../language/locales.ts';

const intents = (text: string, locale: Locale = 'it') => {
  const data = getLanguageData(locale);
  const { tokens, questionSentences } = tokenize(text, data);
  return recognizeIntents(text, tokens, data, questionSentences).intents;
};

describe('recognizeIntents (Italian)', () => {
  it('reads a full greeting', () => {
    expect(intents('Buongiorno, sono Giulia di AssiCura. Come posso aiutarLa?')).toEqual(['greeting', 'introduction', 'offer-help']);
  });
  it("takes a bare 'eccomi' as presence, not greeting", () => {
    expect(intents('eccomi')).toEqual(['bare-presence']);
    expect(intents('Buonasera, eccomi.')).toEqual(['greeting']);
    expect(intents('Ci sono due opzioni.')).toEqual([]);
  });
  it('tolerates typos, missing accents and letter runs', () => {
    expect(intents('bungiorno, come posso aiutarla')).toEqual(['greeting', 'offer-help']);
    expect(intents("C'e altro che posso fare per lei?")).toEqual(['anything-else']);
    expect(intents('grazieee per la pazienza')).toEqual(['thanks']);
  });
  it('reads the closing checks separately', () => {
    expect(intents("C'è altro in cui posso aiutarLa? Se non ha altre domande chiudo la chat. La ringrazio, arrivederci!")).toEqual(['thanks', 'anything-else', 'closing-announce', 'goodbye']);
  });
  it('reads holds, waits and reference numbers', () => {
    expect(intents('Mi conceda un paio di minuti per verificare.')).toEqual(['hold']);
    // How soon something is done is no hold.
    expect(intents('Mi scriva i dati e in un attimo il rinnovo è fatto.')).not.toContain('hold');
    expect(intents('La linea è caduta per un momento.')).toEqual([]);
    expect(intents('Il numero della pratica è 4521, riceverà risposta entro 24 ore.')).toEqual(['wait-time', 'reference-number']);
  });
  it('tells transfer from its refusal, and negation from the cue', () => {
    expect(intents('La trasferisco a un collega.')).toEqual(['transfer']);
    expect(intents('Non posso passarLa a un responsabile.')).toEqual(['escalation-refusal']);
    expect(intents('Non ci sono problemi.')).toEqual([]);
    // A negation ends with its sentence.
    expect(intents('Ma certo, nessun problema! La passo subito al mio responsabile.')).toEqual(['transfer']);
  });
  it('reads an act in the progressive as the act itself', () => {
    expect(intents('La sto trasferendo al mio responsabile.')).toEqual(['transfer']);
    expect(intents('La stiamo trasferendo a un responsabile.')).toEqual(['transfer']);
    expect(intents('Sto passando la chat al reparto tecnico.')).toEqual(['transfer']);
    // The gerund alone is no act of the agent's: 'trasferendo' after anything but the auxiliary.
    expect(intents('Il guasto si sta trasferendo sulla linea.')).toEqual([]);
  });
  it('needs a hand-over of the conversation for a transfer', () => {
    expect(intents('Un tecnico La contatterà entro 24 ore.')).toEqual(['wait-time']);
    expect(intents('La faccio contattare da un tecnico.')).toEqual([]);
    expect(intents('Le passo il link del modulo.')).toEqual([]);
    expect(intents('Un collega La contatterà entro 24 ore.')).toEqual(['wait-time', 'transfer']);
    expect(intents('La faccio contattare da un collega.')).toEqual(['transfer']);
    expect(intents('Le passo subito un collega.')).toEqual(['transfer']);
    expect(intents('Passo la chat al reparto tecnico.')).toEqual(['transfer']);
  });
  it('reads taking charge in the first person, present or future', () => {
    for (const text of ['seguirò io la pratica', 'me ne occupo io', 'la seguo personalmente', 'prendo in carico io la Sua segnalazione']) {
      expect(intents(text), text).toEqual(['ownership']);
    }
    expect(intents('La pratica la seguirò io personalmente.')).toEqual(['ownership']);
    expect(intents('Un collega seguirà la pratica.')).toEqual([]);
  });
  it('reads taking charge in what the agent has done for the customer, not in what she understood or has', () => {
    for (const text of ["L'appuntamento l'ho registrato come prioritario.", 'Le ho già fissato un intervento.', 'Ho annotato nella pratica quanto successo ieri.']) {
      expect(intents(text), text).toEqual(['ownership']);
    }
    for (const text of ['Ho capito.', 'Ho un contratto con voi.', 'Non ho ancora inviato il link.', 'Ho dovuto aspettare.', 'Ho ricevuto la Sua email.']) {
      expect(intents(text), text).toEqual([]);
    }
  });
  it("takes 'mi scusi' opening a question as asking for attention, not as an apology", () => {
    expect(intents('Però mi scusi, ieri il tecnico è passato?')).toEqual([]);
    expect(intents("Scusi, mi dice il nome dell'intestatario?")).toEqual(['request-data']);
    expect(intents('Mi scusi per il ritardo, ieri il tecnico è passato?')).toEqual(['apology']);
    expect(intents('Mi scusi per il ritardo')).toEqual(['apology']);
    expect(intents('Mi scusi, non ho capito bene.')).toEqual(['apology']);
    expect(intents('Ci scusiamo per il disagio')).toEqual(['apology']);
    expect(intents('Mi scuso, è passato il tecnico?')).toEqual(['apology']);
  });
  it('reads an apology in tu and for the company as one', () => {
    expect(intents('Scusaci davvero, dieci giorni sono inaccettabili.')).toEqual(['apology']);
    expect(intents('Scusateci per il disagio.')).toEqual(['apology']);
    expect(intents("Ti chiedo scusa per l'attesa.")).toEqual(['apology']);
    expect(intents('Scusaci, è passato il corriere?')).toEqual([]);
  });
  it("does not read a request the reply says is not needed ('non serve che me lo indichi')", () => {
    expect(intents("Le arriverà una email all'indirizzo registrato (non serve che me lo indichi, lo vedo già).")).toEqual([]);
    expect(intents("Non c'è bisogno che mi scriva il numero.")).toEqual([]);
    expect(intents('Non serve altro: mi dica il numero del Suo ordine.')).toEqual(['request-data']);
  });
  it('reads informal requests for data', () => {
    for (const text of ['Mi puoi confermare il numero di telefono?', 'Mi puoi dire il numero?', 'Puoi indicarmi il numero?', 'mi mandi il codice cliente?']) {
      expect(intents(text), text).toEqual(['request-data']);
    }
    expect(intents('Potresti dirmi la data di nascita?')).toEqual(['request-data']);
    expect(intents('Puoi pagare anche con bonifico.')).toEqual([]);
  });
  it('reads a short sentence naming data as a request, unless the agent states what she has of it', () => {
    for (const text of ['La targa, per cortesia.', 'Codice cliente, per favore.']) expect(intents(text), text).toEqual(['request-data']);
    for (const text of ['Vedo il Suo codice cliente.', 'Ho la Sua targa.', 'Ho ricevuto la Sua email.']) expect(intents(text), text).not.toContain('request-data');
  });
  it('reads offers of help, with tu or Lei', () => {
    for (const text of ['Dimmi tutto', 'Mi dica tutto', 'Come posso esserti utile?', 'Dimmi pure, sono qui per aiutarti']) {
      expect(intents(text), text).toEqual(['offer-help']);
    }
    expect(intents('In cosa posso esserti utile?')).toEqual(['offer-help']);
    expect(intents('Dimmi il numero di polizza.')).toEqual(['request-data']);
  });
  it('takes a conditional close as asking for more, and a plain negation as not', () => {
    // 'Se non ci sono altre domande, chiudo la chat' leaves the door open: the combined closing.
    expect(intents('Se non ci sono altre domande, chiudo la chat')).toEqual(['anything-else', 'closing-announce']);
    expect(intents("Non c'è altro da fare, è tutto a posto.")).toEqual([]);
    expect(intents('Ha altre domande? Altrimenti chiudo la chat.')).toEqual(['anything-else', 'closing-announce']);
    expect(intents('Non esiti a scriverci se ha altre domande.')).toEqual(['anything-else']);
  });
  it('needs an exclamation for mild cheer words', () => {
    expect(intents('Perfetto!!')).toEqual(['cheerful']);
    expect(intents('Perfetto, procedo.')).toEqual([]);
  });
  it('finds stock formulas', () => {
    expect(intents('La Sua richiesta è importante per noi.')).toEqual(['robotic']);
  });
});

describe('recognizeIntents (English)', () => {
  it('reads English cues', () => {
    expect(intents('Hello, my name is Anna. How can I help you?', 'en')).toEqual(['greeting', 'introduction', 'offer-help']);
    expect(intents('Thank you, have a nice day!', 'en')).toEqual(['thanks', 'goodbye']);
  });
});
