/** The flags these machines need (see DESIGN.md): no sandbox as root, and no calls out to a network that is closed. */
export const chromiumArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--disable-sync', '--no-first-run'];
