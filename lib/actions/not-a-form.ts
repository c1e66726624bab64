/**
 * Every action here takes a form. A request that calls one with anything else (no arguments, a JSON array) gets
 * this answer instead of a server error: the proxy lets an empty argument list through, since actions that take
 * nothing (sign out) are called that way.
 */
export const NOT_A_FORM_MESSAGE = 'That request was not understood: it did not send a form.';

export const isForm = (x: unknown): x is FormData => x instanceof FormData;
