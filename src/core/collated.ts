/**
 * Strings in localeCompare's order, by one collator: localeCompare makes one
 * per comparison, most of the time of sorting thousands of people by name.
 */
export const collated = new Intl.Collator().compare;
