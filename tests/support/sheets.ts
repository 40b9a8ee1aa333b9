/** A sociale-kaart sheet of `rows` rows: three people per organisation, every person with a mobile, an e-mail and an offer. */
export function sheetOf(rows: number): string {
  const lines = ['Organisatie;Contactpersoon;Functie;Telefoon;E-mail;Adres;Postcode;Wijk;Aanbod'];
  for (let row = 0; row < rows; row++) {
    lines.push(`Organisatie ${Math.floor(row / 3)};Persoon ${row} Achternaam${row % 977};coördinator;06-${String(10_000_000 + row)};p${row}@voorbeeld.example;Straat ${row};3031 AB;Oude Noorden;Aanbod ${row % 50}`);
  }
  return `${lines.join('\n')}\n`;
}
