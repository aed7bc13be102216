import { describe, expect, it } from 'vitest';
import { getLocale } from '../../language/locales.ts';
import { entitiesIn } from '../../testSupport.ts';
import { tokenize } from '../tokenize.ts';
import { findEntities } from './findEntities.ts';

const durations = (text: string, locale: 'it' | 'en' = 'it') => entitiesIn(text, locale).filter(([type]) => type === 'duration');

describe('durations and limits', () => {
  it.each([
    ['Riceverà la email entro 24 ore', 'entro 24 ore', 1440],
    ['Entro 20 minuti riceverà la quietanza', 'Entro 20 minuti', 20],
    ['Il laboratorio verifica il difetto entro 5 giorni lavorativi dal ritiro', 'entro 5 giorni lavorativi', 7200],
    ['di solito la verifica richiede fino a 5 giorni lavorativi', 'fino a 5 giorni lavorativi', 7200],
    ["Nelle prossime 24 ore riceverà l'etichetta prepagata", 'Nelle prossime 24 ore', 1440],
    ['entro i 14 giorni dalla consegna', 'entro i 14 giorni', 20160],
    ['entro una settimana avrà i soldi indietro', 'entro una settimana', 10080],
    ['Le rispondo nel giro di pochi minuti', 'nel giro di pochi minuti', 'few-minutes'],
    ['Riceverà la quietanza via email entro pochi minuti', 'entro pochi minuti', 'few-minutes'],
    ['Massimo 48h e il pacco è da Lei', 'Massimo 48h', 2880],
  ])('a limit: %s', (text, typed, value) => {
    expect(durations(text)).toEqual([['duration', typed, value]]);
  });

  it.each([
    ['Mi conceda un paio di minuti per verificare', 'un paio di minuti', 2],
    ['tra un paio di minuti Le do una risposta', 'tra un paio di minuti', 2],
    ['Il rimborso arriva in 24 ore', 'in 24 ore', 1440],
    ["Il tecnico La chiamerà mezz'ora prima", "mezz'ora", 30],
    ['Il tecnico La contatterà 30 minuti prima', '30 minuti', 30],
    ["in un'oretta Le sistema tutto", "in un'oretta", 60],
    ["Ci vorrà un'ora e mezza", "un'ora e mezza", 90],
    ['servono 2 ore e 30 minuti', '2 ore e 30 minuti', 150],
    ["un quarto d'ora e arrivo", "un quarto d'ora", 15],
    ['La linea è guasta da tre giorni', 'tre giorni', 4320],
    ['consegnato venti giorni fa', 'venti giorni', 28800],
    ['i 14 giorni del recesso sono passati', '14 giorni', 20160],
    ['attesa di ventiquattro ore', 'ventiquattro ore', 1440],
    ['tra 2-3 giorni', 'tra 2-3 giorni', 4320],
    ['in 2 o 3 giorni', 'in 2 o 3 giorni', 4320],
    ['30 secondi e ci sono', '30 secondi', 0.5],
    ['ancora qualche giorno di pazienza', 'ancora qualche giorno', 'few-days'],
  ])('a wait or a length: %s', (text, typed, value) => {
    expect(durations(text)).toEqual([['duration', typed, value]]);
  });

  it.each([
    ['Un attimo, verifico', 'Un attimo', 'moment'],
    ['Mi dia un momento', 'un momento', 'moment'],
    ['Le rispondo tra un attimo', 'tra un attimo', 'moment'],
    ['La richiamiamo a breve', 'a breve', 'soon'],
    ['Il tecnico arriva in giornata', 'in giornata', 'same-day'],
    ['La pratica sarà chiusa entro oggi', 'entro oggi', 'same-day'],
  ])('without a number: %s', (text, typed, value) => {
    expect(durations(text)).toEqual([['duration', typed, value]]);
  });

  it.each([
    ['La pratica sarà chiusa entro domani', 'entro domani', '+1d'],
    ['Paghi entro il 31 marzo', 'entro il 31 marzo', '--03-31'],
    ['entro lunedì', 'entro lunedì', 'weekday:1'],
    ['entro marzo', 'entro marzo', '--03'],
    ['entro fine mese', 'entro fine mese', 'month-end'],
    ['Le scrivo entro le 18', 'entro le 18', '18:00'],
    ['entro stasera', 'entro stasera', 'evening'],
    ['entro la mattinata', 'entro la mattinata', 'morning'],
  ])('a limit set by a moment: %s', (text, typed, value) => {
    expect(durations(text)).toEqual([['duration', typed, value]]);
  });

  it('tells a limit from a wait', () => {
    const { data, entities } = getLocale('it');
    const deadlines = (text: string) => findEntities(text, tokenize(text, data).tokens, entities).map((entity) => entity.type === 'duration' && entity.deadline);
    expect(deadlines('entro 20 minuti')).toEqual([true]);
    expect(deadlines('tra 20 minuti')).toEqual([false]);
    expect(deadlines('3 giorni')).toEqual([false]);
    expect(deadlines('in giornata')).toEqual([true]);
    expect(deadlines('entro domani')).toEqual([true]);
  });

  it('tells a length from a date and a time', () => {
    expect(entitiesIn('In 3 giorni arriva, il 3 marzo')).toEqual([
      ['duration', 'In 3 giorni', 4320],
      ['date', 'il 3 marzo', '--03-03'],
    ]);
    expect(entitiesIn('ore 9, 9 ore')).toEqual([
      ['time', 'ore 9', '09:00'],
      ['duration', '9 ore', 540],
    ]);
  });

  it('reads English durations', () => {
    expect(durations('within 20 minutes, within 5 business days, in 24 hours, in a couple of minutes, an hour and a half, half an hour, a few days, by Friday, by 5pm, one moment', 'en')).toEqual([
      ['duration', 'within 20 minutes', 20],
      ['duration', 'within 5 business days', 7200],
      ['duration', 'in 24 hours', 1440],
      ['duration', 'in a couple of minutes', 2],
      ['duration', 'an hour and a half', 90],
      ['duration', 'half an hour', 30],
      ['duration', 'a few days', 'few-days'],
      ['duration', 'by Friday', 'weekday:5'],
      ['duration', 'by 5pm', '17:00'],
      ['duration', 'one moment', 'moment'],
    ]);
  });
});
