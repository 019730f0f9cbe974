import { PhysioRedFlags } from '../components/red-flags/red-flags.js';

PhysioRedFlags.define('physio-red-flags');

export { PhysioRedFlags };
