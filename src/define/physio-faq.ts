import { PhysioFaq } from '../components/faq/faq.js';

PhysioFaq.define('physio-faq');

export { PhysioFaq };
