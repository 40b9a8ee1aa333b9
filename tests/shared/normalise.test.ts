import { describe, expect, it } from 'vitest';
import { foldText } from '../../shared/normalise/name';
import { formatPhoneDutch } from '../../shared/normalise/format-phone';
import { normalisePhone } from '../../shared/normalise/phone';
import { normalisePostcode } from '../../shared/normalise/postcode';

describe('phone numbers', () => {
  it.each(['06-12 34 56 78', '+31 6 12345678', '0031612345678', '0612345678', '06 - 1234 5678'])('reads %s as one Dutch mobile number', (text) => {
    expect(normalisePhone(text)).toEqual({ e164: '+31612345678', isMobile: true });
  });

  it('keeps landlines as landlines', () => {
    expect(normalisePhone('010 - 466 12 34')).toEqual({ e164: '+31104661234', isMobile: false });
  });

  it.each(['12345', '06-1234567', 'bel me', '', '+31 6 1234 5678 9'])('rejects %j', (text) => {
    expect(normalisePhone(text)).toBeNull();
  });

  it('shows numbers the Dutch way', () => {
    expect(formatPhoneDutch('+31612345678')).toBe('06-12345678');
    expect(formatPhoneDutch('+31104661234')).toBe('010-4661234');
    expect(formatPhoneDutch('+31582123456')).toBe('058-2123456');
    expect(formatPhoneDutch('+31313123456')).toBe('0313-123456');
    expect(formatPhoneDutch('+32470123456')).toBe('+32 470 12 34 56');
  });
});

describe('postcodes', () => {
  it.each([['3035ab', '3035 AB'], [' 3035 AB ', '3035 AB'], ['3035  ab', '3035 AB']])('normalises %j', (text, expected) => {
    expect(normalisePostcode(text)).toBe(expected);
  });

  it.each(['0123 AB', '303 AB', 'ABCD 12', '3035-AB'])('rejects %j', (text) => {
    expect(normalisePostcode(text)).toBeNull();
  });
});

describe('folding text for comparison', () => {
  it('drops accents, case and punctuation', () => {
    expect(foldText('Taalcafé')).toBe('taalcafe');
    expect(foldText('coördinator')).toBe('coordinator');
    expect(foldText('Stichting Buurtwerk-Noord!')).toBe('stichting buurtwerk noord');
  });
});
