// Registers every element and renders them in the page's language, following `<html lang>` live.
import './define/physio-faq.js';
import './define/physio-red-flags.js';
import './define/physio-load-bucket.js';
import './define/physio-exercise-card.js';
import './define/physio-booking-cta.js';
import { followDocumentLanguage } from './localization.js';

followDocumentLanguage();

export * from './index.js';
export { getLocale, setLocale, followDocumentLanguage } from './localization.js';
