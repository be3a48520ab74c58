/**
 * Month names as news writes them, one table per language (lower case; a trailing "." after an
 * abbreviation is read by the date pattern). Adding a language is adding a table.
 */
export interface MonthTable {
  /** BCP 47 code of the language. */
  readonly language: string;
  /** The names of each month, January first. */
  readonly months: readonly (readonly string[])[];
}

export const ENGLISH_MONTHS: MonthTable = {
  language: 'en',
  months: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
};

export const GERMAN_MONTHS: MonthTable = {
  language: 'de',
  months: [
    ['januar', 'jänner', 'jan'],
    ['februar', 'feb'],
    ['märz', 'mär', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
};

export const FRENCH_MONTHS: MonthTable = {
  language: 'fr',
  months: [
    ['janvier', 'janv'],
    ['février', 'fevrier', 'févr', 'fevr'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août', 'aout'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'decembre', 'déc', 'dec'],
  ],
};

export const SPANISH_MONTHS: MonthTable = {
  language: 'es',
  months: [
    ['enero'],
    ['febrero'],
    ['marzo'],
    ['abril'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre'],
  ],
};

export const PORTUGUESE_MONTHS: MonthTable = {
  language: 'pt',
  months: [
    ['janeiro'],
    ['fevereiro'],
    ['março', 'marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro'],
    ['outubro'],
    ['novembro'],
    ['dezembro'],
  ],
};

/** Arabic: the names used in Egypt and the Gulf, and the Levantine (Syriac) names. */
export const ARABIC_MONTHS: MonthTable = {
  language: 'ar',
  months: [
    ['يناير', 'كانون الثاني'],
    ['فبراير', 'شباط'],
    ['مارس', 'آذار'],
    ['أبريل', 'ابريل', 'إبريل', 'نيسان'],
    ['مايو', 'أيار'],
    ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'],
    ['أغسطس', 'اغسطس', 'آب'],
    ['سبتمبر', 'أيلول'],
    ['أكتوبر', 'اكتوبر', 'تشرين الأول'],
    ['نوفمبر', 'تشرين الثاني'],
    ['ديسمبر', 'كانون الأول'],
  ],
};

/** Every table the date reader knows. */
export const MONTH_TABLES: readonly MonthTable[] = [
  ENGLISH_MONTHS,
  GERMAN_MONTHS,
  FRENCH_MONTHS,
  SPANISH_MONTHS,
  PORTUGUESE_MONTHS,
  ARABIC_MONTHS,
];
