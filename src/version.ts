/** The library's version, carried by every result (a test keeps it equal to package.json). */
export const LIBRARY_VERSION = '0.1.0';
