import { foldText } from '../../shared/normalise/name';

/** ASCII slug for fictional e-mail domains and websites (`.example`, never real). */
export function slug(text: string): string {
  return foldText(text)
    .replace(/ı/g, 'i') // Turkish dotless i has no decomposition
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/ /g, '-');
}
