/** Password length limits, apart from the hashing code so forms in the browser can show them. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
