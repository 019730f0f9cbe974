import { PhysioLoadBucket } from '../components/load-bucket/load-bucket.js';

PhysioLoadBucket.define('physio-load-bucket');

export { PhysioLoadBucket };
