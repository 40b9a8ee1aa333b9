import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/** The application menu in Dutch. */
export function installDutchMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Bestand', submenu: [{ role: 'quit', label: 'Spinweb afsluiten' }] },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'zoomIn', label: 'Groter' },
        { role: 'zoomOut', label: 'Kleiner' },
        { role: 'resetZoom', label: 'Ware grootte' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
      ],
    },
    { label: 'Help', submenu: [{ label: `Spinweb ${app.getVersion()}`, enabled: false }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
