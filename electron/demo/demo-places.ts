/** The demo's district: Rotterdam Noord and its neighbourhoods, with their streets and postcode areas. */
export interface DemoNeighbourhood {
  id: string;
  name: string;
  postcodeDigits: readonly string[];
  streets: readonly string[];
}

export const districtId = 'wijk-rotterdam-noord';

export const demoNeighbourhoods: readonly DemoNeighbourhood[] = [
  { id: 'wijk-oude-noorden', name: 'Oude Noorden', postcodeDigits: ['3035', '3036'], streets: ['Zwaanshals', 'Noordplein', 'Zaagmolenkade', 'Vijverhofstraat', 'Gerrit Jan Mulderstraat', 'Jacob Catsstraat'] },
  { id: 'wijk-agniesebuurt', name: 'Agniesebuurt', postcodeDigits: ['3032'], streets: ['Agniesestraat', 'Heer Bokelweg', 'Zwart Janstraat', 'Schoterbosstraat'] },
  { id: 'wijk-provenierswijk', name: 'Provenierswijk', postcodeDigits: ['3033'], streets: ['Provenierssingel', 'Insulindestraat', 'Bloklandstraat', 'Snellinckstraat'] },
  { id: 'wijk-bergpolder', name: 'Bergpolder', postcodeDigits: ['3038'], streets: ['Bergweg', 'Gordelweg', 'Stadhoudersweg', 'Abraham Kuyperlaan'] },
  { id: 'wijk-blijdorp', name: 'Blijdorp', postcodeDigits: ['3039'], streets: ['Statenweg', 'Stadhoudersplein', 'Vroesenlaan', 'Mathenesserweg'] },
  { id: 'wijk-liskwartier', name: 'Liskwartier', postcodeDigits: ['3037'], streets: ['Bergselaan', 'Walenburgerweg', 'Schiekade', 'Benthemstraat'] },
  { id: 'wijk-blijdorpsepolder', name: 'Blijdorpsepolder', postcodeDigits: ['3045'], streets: ['Ringdijk', 'Kleiweg', 'Polderlaan'] },
];

/**
 * Neighbourhood x theme combinations the demo leaves without any offer on purpose:
 * the gaps (hiaten) the analysis must find.
 */
export const offerGaps: readonly { neighbourhoodId: string; themeId: string }[] = [
  { neighbourhoodId: 'wijk-provenierswijk', themeId: 'theme-natuur' },
  { neighbourhoodId: 'wijk-agniesebuurt', themeId: 'theme-cultuur' },
  { neighbourhoodId: 'wijk-liskwartier', themeId: 'theme-voeding' },
  { neighbourhoodId: 'wijk-blijdorpsepolder', themeId: 'theme-bewegen' },
  { neighbourhoodId: 'wijk-blijdorpsepolder', themeId: 'theme-ontdekken-en-leren' },
];
