import { formatPhoneDutch } from '../../../shared/normalise/format-phone';
import { useNotices } from '../state/notices';
import { strings } from '../strings';

/**
 * A phone number as the broker uses it: shown as 06-12345678, copied with one
 * click (or Enter), called through `tel:`, and for mobiles a WhatsApp link.
 */
/** Copies a text to the clipboard and says so; where the clipboard refuses, says to select it by hand. */
export function useCopyText(): (text: string, copied: string) => Promise<void> {
  const { notify } = useNotices();
  return async (text: string, copied: string) => {
    try {
      await navigator.clipboard.writeText(text);
      notify(copied);
    } catch {
      notify(strings.phone.copyFailed, { tone: 'error' });
    }
  };
}

/** Copies a number as the broker dials it (06-12345678) and says so. */
export function useCopyPhone(): (e164: string, whose?: string) => Promise<void> {
  const copyText = useCopyText();
  return async (e164: string, whose?: string) => {
    const display = formatPhoneDutch(e164);
    // The toast says whose number it is: the broker calls a person, not a number.
    await copyText(display, whose ? strings.phone.copiedOf(whose, display) : strings.phone.copied(display));
  };
}

export function PhoneNumber({ e164, isMobile, whose }: { e164: string; isMobile: boolean; whose?: string }) {
  const copyPhone = useCopyPhone();
  const display = formatPhoneDutch(e164);
  const copy = () => copyPhone(e164, whose);
  return (
    <span className="phone">
      <button type="button" className="phone-copy" onClick={() => void copy()} aria-label={strings.phone.copy(display)} title={strings.phone.copy(display)}>
        {display}
      </button>
      <a className="icon-link" href={`tel:${e164}`} aria-label={strings.phone.call(display)} title={strings.phone.call(display)}>
        <span aria-hidden="true">☎</span>
      </a>
      {isMobile && (
        <a className="icon-link" href={`https://wa.me/${e164.replace('+', '')}`} aria-label={strings.phone.whatsapp(display)} title={strings.phone.whatsapp(display)} rel="noreferrer">
          <span aria-hidden="true">✆</span>
        </a>
      )}
    </span>
  );
}
