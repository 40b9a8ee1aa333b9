/** The renderer is served as app://spinweb/..., never from file://. */
export const appScheme = 'app';
export const appHost = 'spinweb';
export const appOrigin = `${appScheme}://${appHost}`;
